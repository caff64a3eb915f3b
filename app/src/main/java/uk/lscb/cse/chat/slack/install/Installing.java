package uk.lscb.cse.chat.slack.install;

import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;

import java.time.Clock;

/**
 * A workspace's installation, as oauth.v2.access answered it, saved and linked to the board named in
 * the install link, as the admin the link was made for: both, or neither (a workspace already
 * serving another board is refused). Audited on the board, without the tokens.
 */
@Singleton
class Installing {
    private final Installations installations;
    private final Boards boards;
    private final Audit audit;
    private final WorkspaceTokens tokens;
    private final Clock clock;

    Installing(Installations installations, Boards boards, Audit audit, WorkspaceTokens tokens, Clock clock) {
        this.installations = installations;
        this.boards = boards;
        this.audit = audit;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    Board install(long boardId, String admin, OAuthV2AccessResponse answer) {
        Actor actor = new Actor(admin, Source.API, null);
        Board board = boards.withId(boardId).orElseThrow(() -> new IllegalStateException("the board was deleted"));
        String team = answer.getTeam().getId();
        String enterprise = answer.getEnterprise() == null ? null : answer.getEnterprise().getId();
        Installation installation = new Installation(team, enterprise, answer.getTeam().getName(), answer.getAppId(),
                answer.getBotUserId(), answer.getScope() == null ? "" : answer.getScope(), answer.getAccessToken(),
                answer.getRefreshToken(), answer.getExpiresIn() == null ? null : clock.instant().plusSeconds(answer.getExpiresIn()),
                admin);
        Board linked = boards.save(board.slug(), new Boards.Settings(null, null, team, null, null, null, null, null), false, actor)
                .board();
        installations.save(installation);
        audit.record(board.id(), "slack_installation", null, "installed", null, "team=" + team
                + (enterprise == null ? "" : ", enterprise=" + enterprise) + ", app=" + answer.getAppId() + ", scopes="
                + installation.scopes() + ", tokenRotation=" + (installation.refreshToken() != null), actor);
        tokens.forget(team);
        return linked;
    }
}
