package uk.lscb.cse.chat.slack.install;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;

import java.util.Optional;

/**
 * Slack says the app is gone from a workspace (app_uninstalled), or its bot token was revoked
 * (tokens_revoked): the workspace's tokens are deleted and its board unlinked (its digest channel is
 * kept for a reinstall), audited as Slack's doing. Slack may say so twice: the second time changes nothing.
 */
@Singleton
public class Uninstalling {
    private static final Logger LOG = LoggerFactory.getLogger(Uninstalling.class);

    private final Installations installations;
    private final Boards boards;
    private final Audit audit;
    private final WorkspaceTokens tokens;

    Uninstalling(Installations installations, Boards boards, Audit audit, WorkspaceTokens tokens) {
        this.installations = installations;
        this.boards = boards;
        this.audit = audit;
        this.tokens = tokens;
    }

    /** @param event the Slack event that said so: app_uninstalled or tokens_revoked */
    @Transactional
    public void removed(String team, String event) {
        Actor slack = new Actor("Slack (" + event + ")", Source.SLACK, null);
        boolean deleted = installations.delete(team);
        tokens.forget(team);
        Optional<Board> board = boards.linkedToSlack(team);
        board.ifPresent(b -> boards.save(b.slug(), new Boards.Settings(null, null, "", null, null, null, null, null), false, slack));
        if (deleted || board.isPresent()) {
            audit.record(board.map(Board::id).orElse(null), "slack_installation", null, event,
                    "team=" + team + board.map(b -> ", board=" + b.slug()).orElse(""), null, slack);
            LOG.info("Slack workspace {} is gone ({}): tokens deleted, board unlinked", team, event);
        }
    }
}
