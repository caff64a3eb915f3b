package uk.lscb.cse.chat;

import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.people.Person;

/**
 * Who is asking: the board their workspace or tenant is linked to, and the board's person with
 * their chat email, if there is one. {@code email} is null when the platform did not say.
 */
public record ChatUser(Board board, Person person, String email, Source platform, String channel) {
    /** "Slack" or "Teams", as people name them. */
    public String platformName() {
        return platform == Source.TEAMS ? "Teams" : "Slack";
    }

    public boolean linked() {
        return person != null;
    }
}
