package uk.lscb.cse.plan;

import java.time.Instant;

/** The little a count needs of an action: where it sits, its RAG, lateness and when it was last updated. */
public record ActionState(long id, String ref, String text, int themePosition, String theme, boolean priority,
                          boolean overdue, boolean timescaleFlagged, Rag rag, Instant lastUpdate) {
}
