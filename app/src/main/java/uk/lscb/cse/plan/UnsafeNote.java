package uk.lscb.cse.plan;

import uk.lscb.cse.Invalid;

/** A note refused by the {@link SafeguardingGuard}; the message names the kind of detail found, never the note. */
public class UnsafeNote extends Invalid {
    public UnsafeNote(Identifying found) {
        super("This note was not saved: " + found.concern() + ". Notes are about the plan, not about children — keep case"
                + " details in your agency's case record and describe progress without identifying anyone.");
    }
}
