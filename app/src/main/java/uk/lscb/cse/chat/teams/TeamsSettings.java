package uk.lscb.cse.chat.teams;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * The Teams bot's settings: TEAMS_APP_ID and TEAMS_APP_PASSWORD (the Entra app registration of the
 * Azure Bot), TEAMS_TENANT_ID (its home tenant, for single-tenant bots), TEAMS_CATALOG_APP_ID (the
 * app's id in the organisation's Teams app catalogue, used to install it for a lead), and
 * overrides for the Bot Framework OpenID metadata and the Entra host that issues the app's tokens
 * (tests use fakes), and TEAMS_SERVICE_HOSTS (the Bot Connector hosts a serviceUrl may name: the
 * bot sends its token nowhere else; {@code *.domain} for any host under a domain, an entry with a
 * scheme and port such as http://127.0.0.1:8089 for a fake, otherwise https).
 */
@ConfigurationProperties("teams")
public record TeamsSettings(@Nullable String appId, @Nullable String appPassword, @Nullable String tenantId,
                            @Nullable String catalogAppId,
                            @Bindable(defaultValue = "https://login.botframework.com/v1/.well-known/openidconfiguration")
                            String openidMetadataUrl,
                            @Bindable(defaultValue = "https://login.microsoftonline.com")
                            String authorityHost,
                            @Bindable(defaultValue = "smba.trafficmanager.net,*.botframework.com")
                            List<String> serviceHosts) {

    /** Where Bot Connector tokens come from: the bot's home tenant when single-tenant, else the botframework.com tenant. */
    public String connectorTenant() {
        return tenantId == null || tenantId.isBlank() ? "botframework.com" : tenantId;
    }

    public boolean configured() {
        return appId != null && !appId.isBlank() && appPassword != null && !appPassword.isBlank();
    }
}
