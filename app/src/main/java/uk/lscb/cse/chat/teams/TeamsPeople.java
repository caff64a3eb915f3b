package uk.lscb.cse.chat.teams;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;

import java.util.Optional;

/** Who a Teams user is: their tenant's board and, by their Azure AD account's email, the board's person. */
@Singleton
class TeamsPeople {
    private final Boards boards;
    private final People people;
    private final TeamsGraph graph;
    private final TeamsConversations conversations;

    TeamsPeople(Boards boards, People people, TeamsGraph graph, TeamsConversations conversations) {
        this.boards = boards;
        this.people = people;
        this.graph = graph;
        this.conversations = conversations;
    }

    Optional<Board> board(TeamsOrigin origin) {
        return origin.tenant() == null ? Optional.empty() : boards.linkedToTeams(origin.tenant());
    }

    ChatUser user(Board board, TeamsOrigin origin) {
        String email = origin.aadObjectId() == null ? null : graph.email(origin.tenant(), origin.aadObjectId()).orElse(null);
        Person person = email == null ? null : people.byEmail(board.id(), email).orElse(null);
        if (origin.personal() && origin.aadObjectId() != null) {
            // First use counts as an install: alerts can reach this person from now on.
            conversations.person(origin.tenant(), origin.aadObjectId(), email, origin.serviceUrl(), origin.conversationId());
        }
        return new ChatUser(board, person, email, Source.TEAMS, origin.conversationId());
    }

    static String notLinkedTenant(String tenant) {
        return "This Microsoft 365 tenant (" + tenant + ") is not linked to a board yet: the board manager links it with"
                + " PUT /api/boards/<board> {\"teamsTenantId\": \"" + tenant + "\"}.";
    }
}
