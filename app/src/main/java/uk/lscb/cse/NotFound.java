package uk.lscb.cse;

/** A board, plan, action or person that does not exist; the message names it and says what to do. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
