package uk.lscb.cse.chat.slack;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;

import java.util.Optional;

/** Who a Slack user is: their workspace's board and, by profile email, the board's person. */
@Singleton
class SlackPeople {
    private final Boards boards;
    private final People people;
    private final SlackWeb web;

    SlackPeople(Boards boards, People people, SlackWeb web) {
        this.boards = boards;
        this.people = people;
        this.web = web;
    }

    /**
     * Empty when the workspace is linked to no board. A guest, or someone whose account belongs to
     * another organisation's workspace (Slack Connect), is never linked: anyone can put a board
     * person's email on such an account, and the board's workspace does not vouch for it.
     */
    Optional<ChatUser> user(String teamId, String userId, String channel) {
        Optional<Board> board = boards.linkedToSlack(teamId);
        if (board.isEmpty()) {
            return Optional.empty();
        }
        SlackProfile profile = web.profile(teamId, userId).orElse(null);
        if (profile != null && profile.guest()) {
            return Optional.of(ChatUser.outsider(board.get(), Source.SLACK, channel, "you are a guest in this Slack workspace"));
        }
        if (profile != null && !profile.memberOf(board.get().slackTeamId())) {
            return Optional.of(ChatUser.outsider(board.get(), Source.SLACK, channel,
                    "your Slack account belongs to another organisation's workspace"));
        }
        String email = profile == null ? null : profile.email();
        Person person = email == null ? null : people.byEmail(board.get().id(), email).orElse(null);
        return Optional.of(new ChatUser(board.get(), person, email, Source.SLACK, channel));
    }

    static String notLinkedWorkspace(String teamId) {
        return "This Slack workspace (" + teamId + ") is not linked to a board yet: the board manager installs the app"
                + " for their board (POST /api/boards/<board>/slack-install) or links it with"
                + " PUT /api/boards/<board> {\"slackTeamId\": \"" + teamId + "\"}.";
    }
}
