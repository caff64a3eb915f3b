package uk.lscb.cse.chat.teams;

import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The hosts the bot sends its Bot Connector token to. Every Activity names the serviceUrl its answer
 * goes to, with the bot's bearer token: any host but Microsoft's would be handed both. Entries of
 * TEAMS_SERVICE_HOSTS are host names (https), {@code *.domain} for any host under a domain, or
 * {@code scheme://host:port} for a local fake.
 */
@Singleton
final class ServiceHosts {
    private record Allowed(String scheme, String host, int port) {
        boolean matches(String scheme, String host, int port) {
            return this.scheme.equals(scheme) && this.port == port
                    && (this.host.startsWith("*.") ? host.endsWith(this.host.substring(1)) : this.host.equals(host));
        }
    }

    private final List<String> entries;
    private final List<Allowed> allowed;

    ServiceHosts(TeamsSettings settings) {
        this.entries = settings.serviceHosts().stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        this.allowed = entries.stream().map(ServiceHosts::entry).toList();
    }

    boolean allowed(String serviceUrl) {
        URI uri;
        try {
            uri = serviceUrl == null ? null : URI.create(serviceUrl);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
        return allowed.stream().anyMatch(a -> a.matches(scheme, host, port));
    }

    /** Why nothing goes to this service URL, and what an operator can do about it. */
    String refusal(String serviceUrl) {
        return "the service URL " + serviceUrl + " is not on a Bot Connector host the bot trusts with its token ("
                + String.join(", ", entries) + "); if it is Microsoft's, add its host to TEAMS_SERVICE_HOSTS";
    }

    private static Allowed entry(String entry) {
        if (!entry.contains("://")) {
            return new Allowed("https", entry.toLowerCase(Locale.ROOT), 443);
        }
        URI uri = URI.create(entry);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("TEAMS_SERVICE_HOSTS entry " + entry + " is neither a host nor scheme://host:port");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return new Allowed(scheme, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort());
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("http") ? 80 : 443;
    }
}
