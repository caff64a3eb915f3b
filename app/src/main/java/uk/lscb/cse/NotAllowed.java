package uk.lscb.cse;

/** The person may not do this; the message names who can. */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}
