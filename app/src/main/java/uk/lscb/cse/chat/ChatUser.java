package uk.lscb.cse.chat;

import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.people.Person;

/**
 * Who is asking: the board their workspace or tenant is linked to, and the board's person with
 * their chat email, if there is one. {@code email} is null when the platform did not say.
 * {@code outsider} says why someone is never linked whatever their email (e.g. a Slack guest), or is null.
 */
public record ChatUser(Board board, Person person, String email, Source platform, String channel, String outsider) {
    public ChatUser(Board board, Person person, String email, Source platform, String channel) {
        this(board, person, email, platform, channel, null);
    }

    /** Someone the platform vouches for less than a member (a guest, another organisation's account): never linked. */
    public static ChatUser outsider(Board board, Source platform, String channel, String why) {
        return new ChatUser(board, null, null, platform, channel, why);
    }

    /** "Slack" or "Teams", as people name them. */
    public String platformName() {
        return platform == Source.TEAMS ? "Teams" : "Slack";
    }

    /** One of the board's people (a lead or coordinator): may read notes, and update what they lead. */
    public boolean linked() {
        return person != null;
    }
}
