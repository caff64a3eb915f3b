package uk.lscb.cse.chat.slack.install;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.board.Board;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Add to Slack" in a browser: the install link (made with POST /api/boards/{slug}/slack-install)
 * shows a page whose button goes to Slack; Slack sends the person back to /slack/oauth_redirect with
 * a code, exchanged for the workspace's tokens, which are stored and linked to the link's board.
 */
@Hidden
@Controller("/slack")
@ExecuteOn(TaskExecutors.BLOCKING)
class SlackInstallController {
    private static final Logger LOG = LoggerFactory.getLogger(SlackInstallController.class);

    private final SlackAppSettings settings;
    private final InstallStates states;
    private final SlackOAuth oauth;
    private final Installing installing;

    SlackInstallController(SlackAppSettings settings, InstallStates states, SlackOAuth oauth, Installing installing) {
        this.settings = settings;
        this.states = states;
        this.oauth = oauth;
        this.installing = installing;
    }

    @Get("/install")
    HttpResponse<String> install(@Nullable @QueryValue String state) {
        if (!settings.installable()) {
            return InstallPages.refused(HttpStatus.NOT_FOUND, "Installing per workspace is off",
                    "This service is not set up to be installed in Slack workspaces (SLACK_CLIENT_ID is not set).");
        }
        InstallStates.Checked checked = states.check(state);
        if (checked.problem() != null) {
            return InstallPages.problem(checked.problem());
        }
        String authorize = settings.authorizeUrl() + "?client_id=" + encode(settings.clientId()) + "&scope="
                + encode(SlackAppSettings.SCOPES) + "&redirect_uri=" + encode(settings.redirectUrl()) + "&state=" + encode(state);
        return InstallPages.page(HttpStatus.OK, "Add the CSE action plan to Slack",
                "Slack will ask you to allow the app in your workspace; you then come back here.", "Add to Slack", authorize);
    }

    @Get("/oauth_redirect")
    HttpResponse<String> redirect(@Nullable @QueryValue String code, @Nullable @QueryValue String state,
                                  @Nullable @QueryValue String error) {
        if (!settings.installable()) {
            return InstallPages.refused(HttpStatus.NOT_FOUND, "Installing per workspace is off",
                    "This service is not set up to be installed in Slack workspaces (SLACK_CLIENT_ID is not set).");
        }
        if (error != null) {
            return InstallPages.refused(HttpStatus.OK, "The app was not installed",
                    "access_denied".equals(error) ? "You chose not to allow it; nothing was changed. Use the link again to install it."
                            : "Slack said: " + error + ". Nothing was changed; try the link again.");
        }
        InstallStates.Checked checked = states.check(state);
        if (checked.problem() != null) {
            return InstallPages.problem(checked.problem());
        }
        if (code == null || code.isBlank() || !states.use(checked.nonce())) {
            return InstallPages.problem(code == null || code.isBlank() ? InstallStates.Problem.FORGED : InstallStates.Problem.USED);
        }
        OAuthV2AccessResponse answer;
        try {
            answer = oauth.exchange(code);
        } catch (IOException | SlackApiException e) {
            LOG.warn("oauth.v2.access failed: {}", e.getMessage());
            return InstallPages.refused(HttpStatus.BAD_GATEWAY, "Slack could not be reached",
                    "Nothing was installed. Ask your board's administrator for a new link and try again in a few minutes.");
        }
        if (!answer.isOk() || !"bot".equals(answer.getTokenType()) || answer.getTeam() == null || answer.isEnterpriseInstall()) {
            LOG.warn("oauth.v2.access did not install a workspace's bot: {}", answer.isOk() ? "an organisation-wide install"
                    : answer.getError());
            return InstallPages.refused(HttpStatus.BAD_REQUEST, "The app was not installed", answer.isEnterpriseInstall()
                    ? "Install it in one workspace of your Enterprise Grid organisation (one board, one workspace), not across the organisation."
                    : "Slack said: " + answer.getError() + ". Ask your board's administrator for a new link.");
        }
        try {
            Board board = installing.install(checked.boardId(), checked.issuedBy(), answer);
            LOG.info("Slack workspace {} installed for board {}", answer.getTeam().getId(), board.slug());
            return InstallPages.refused(HttpStatus.OK, "The CSE action plan is in your Slack workspace",
                    "Workspace " + answer.getTeam().getName() + " now serves the board " + board.name()
                            + ". Try /cse help in any channel; invite the bot to the digest channel.");
        } catch (Invalid e) {
            return InstallPages.refused(HttpStatus.CONFLICT, "The app was not linked to the board", e.getMessage());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
