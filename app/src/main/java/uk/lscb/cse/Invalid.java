package uk.lscb.cse;

/** Input that cannot be accepted; nothing was written. The message says what is wrong and what would do. */
public class Invalid extends RuntimeException {
    public Invalid(String message) {
        super(message);
    }
}
