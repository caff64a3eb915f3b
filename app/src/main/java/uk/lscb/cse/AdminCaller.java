package uk.lscb.cse;

import io.micronaut.core.annotation.Nullable;

import java.security.Principal;

/**
 * Who is calling the admin API, as its token proved: the token's owner (the name every change is
 * recorded under) and, for a board manager's token, the one board it covers (null: every board).
 */
public record AdminCaller(String name, @Nullable String board) implements Principal {
    @Override
    public String getName() {
        return name;
    }

    /** The board a caller's token is limited to, or null when it covers every board (or is no admin caller). */
    @Nullable
    public static String boardOf(Principal caller) {
        return caller instanceof AdminCaller admin ? admin.board() : null;
    }
}
