package uk.lscb.cse.people;

/** Someone of a board who can be pinged: matched to chat users by email. */
public record Person(long id, long boardId, String name, String email, String agency, Role role) {
}
