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

    /** Empty when the workspace is linked to no board. */
    Optional<ChatUser> user(String teamId, String userId, String channel) {
        Optional<Board> board = boards.linkedToSlack(teamId);
        if (board.isEmpty()) {
            return Optional.empty();
        }
        String email = web.email(userId).orElse(null);
        Person person = email == null ? null : people.byEmail(board.get().id(), email).orElse(null);
        return Optional.of(new ChatUser(board.get(), person, email, Source.SLACK, channel));
    }

    static String notLinkedWorkspace(String teamId) {
        return "This Slack workspace (" + teamId + ") is not linked to a board yet: the board manager links it with"
                + " PUT /api/boards/<board> {\"slackTeamId\": \"" + teamId + "\"}.";
    }
}
