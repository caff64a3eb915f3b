package uk.lscb.cse.plan;

/** A value in a plan (timescale, RAG, lead...) that cannot be read; the message says why and what would do. */
public class UnreadableValue extends RuntimeException {
    public UnreadableValue(String message) {
        super(message);
    }
}
