package uk.lscb.cse.chat;

import uk.lscb.cse.plan.Rag;

/** What a person asked the bot to do, whichever chat platform they typed it on. */
public sealed interface Command {
    record Help() implements Command {
    }

    record PlanStatus() implements Command {
    }

    /** One action; {@code share} posts it to the channel (refs, titles, RAG and leads only). */
    record ActionStatus(String ref, boolean share) implements Command {
    }

    /** The actions of a person named by a platform mention (a Slack user id, a Teams AAD id). */
    record PersonStatus(String platformUserId) implements Command {
    }

    record AgencyStatus(String agency) implements Command {
    }

    record Mine() implements Command {
    }

    record Overdue() implements Command {
    }

    /** A new RAG with an optional note. */
    record Update(String ref, Rag rag, String note) implements Command {
    }

    record Note(String ref, String note) implements Command {
    }

    record History(String ref) implements Command {
    }

    /** No alerts or digest mentions for the asker until {@code until} (inclusive): leave. */
    record Pause(java.time.LocalDate until) implements Command {
    }

    record Resume() implements Command {
    }

    /** Text the parser could not read; {@code hint} says what would work. */
    record Unreadable(String hint) implements Command {
    }
}
