package uk.lscb.cse.chat;

/**
 * How a platform answers in the place a message came from. The adapter knows who will see each
 * way of answering; {@link AnsweringMessages} words every view for that audience.
 */
public interface Mouth {
    /** Who sees {@link #answer}: the asker alone (Slack ephemeral, Teams personal chat), or a channel. */
    Audience audience();

    void answer(ChatView view);

    /** Who sees {@link #postInThread}: a Slack channel thread is shared, a direct-message thread private. */
    Audience threadAudience();

    /** A message in the thread the person wrote in, visible to whoever can see that thread. */
    void postInThread(ChatView view);

    /** Whether {@link #share} can post for everyone here (not in a one-to-one chat). */
    boolean canShare();

    /** Posts a new message for everyone in the conversation; its message id, or why it could not. */
    Posted share(ChatView view);

    /**
     * Sends a file to the asker alone (Slack: into their direct message with the bot; Teams: a
     * short-lived, single-use download link). {@code messageId} of the result is that link, if any.
     */
    Posted sendPrivately(ChatFile file);

    /**
     * Why {@link #sendPrivately} cannot work from here, or null when it can: asked before a report is
     * produced, since producing one records it and moves where "since the last report" starts.
     */
    default String whyNoPrivateFiles() {
        return null;
    }

    record Posted(String messageId, String problem) {
        public static Posted as(String messageId) {
            return new Posted(messageId, null);
        }

        public static Posted refused(String problem) {
            return new Posted(null, problem);
        }
    }
}
