package uk.lscb.cse.chat;

/**
 * A file for one person (a board report): the plan it is of, who it is for (their email), what it
 * is called, its type, its bytes and a title to show.
 */
public record ChatFile(long planId, String owner, String fileName, String mediaType, byte[] bytes, String title) {
}
