package uk.lscb.cse.chat;

/**
 * Who will see a rendering. Decided by where it lands, never by what it says: a shared rendering
 * carries refs, titles, RAG, leads and dates only, never a progress note or a person's email.
 */
public enum Audience {
    /** The asker only: a Slack ephemeral reply or direct message, a Teams personal chat. */
    PRIVATE,
    /** A channel, a group chat, or a card others can see or press. */
    SHARED
}
