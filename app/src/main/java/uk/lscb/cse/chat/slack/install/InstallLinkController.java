package uk.lscb.cse.chat.slack.install;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;

/** Makes a board's "Add to Slack" link, for its admin to open (or send to the workspace's owner). */
@Controller("/api/boards/{slug}/slack-install")
@ExecuteOn(TaskExecutors.BLOCKING)
class InstallLinkController {
    private final SlackAppSettings settings;
    private final WorkspaceTokens tokens;
    private final Boards boards;
    private final InstallStates states;

    InstallLinkController(SlackAppSettings settings, WorkspaceTokens tokens, Boards boards, InstallStates states) {
        this.settings = settings;
        this.tokens = tokens;
        this.boards = boards;
        this.states = states;
    }

    record Link(String board, String installUrl, Instant expiresAt) {
    }

    @Operation(summary = "An \"Add to Slack\" link that installs the app in a workspace and links it to this board",
            description = "201; the link works once, until expiresAt (SLACK_INSTALL_LINK_TTL), and records the"
                    + " install as the caller.")
    @Post
    HttpResponse<Link> make(String slug, Principal caller) {
        if (tokens.singleWorkspace()) {
            throw new Invalid("this service serves one Slack workspace with SLACK_BOT_TOKEN; link it with PUT /api/boards/"
                    + slug + " {\"slackTeamId\": \"T…\"}, or unset SLACK_BOT_TOKEN and set SLACK_CLIENT_ID to install per workspace");
        }
        if (!settings.installable() || settings.redirectUrl() == null) {
            throw new Invalid("installing per workspace needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_REDIRECT_URL"
                    + " and SLACK_TOKEN_KEY (see the README's Slack setup)");
        }
        Board board = boards.find(slug);
        InstallStates.Issued issued = states.issue(board.id(), caller.getName());
        URI redirect = URI.create(settings.redirectUrl());
        String url = redirect.resolve("/slack/install").toString() + "?state=" + issued.state();
        return HttpResponse.created(new Link(slug, url, issued.expiresAt()));
    }
}
