package uk.lscb.cse.plan;

import uk.lscb.cse.audit.Source;

import java.time.Instant;

/** One entry of an action's append-only history. */
public record ProgressEntry(long id, Instant at, Rag ragBefore, Rag ragAfter, String ragWording, String note,
                            String author, Source source, String channel) {
}
