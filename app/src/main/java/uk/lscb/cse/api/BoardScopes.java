package uk.lscb.cse.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a board manager's token (scope {@code board:<slug>}) may call. A route names its board in
 * its path ({@code /api/boards/{slug}/...}) or through a plan ({@code /api/plans/{id}/...}); a few
 * routes belong to no board and either list the caller's board only or are nobody's secret. Every
 * other route is refused: a route added later stays closed to board managers until it is listed here.
 */
@Singleton
class BoardScopes {
    private static final Pattern BOARD = Pattern.compile("/api/boards/([^/]+)(/.*)?");
    private static final Pattern PLAN = Pattern.compile("/api/plans/(\\d+)(/.*)?");
    /** Listings that show the caller's board only (their controllers filter), and public facts. */
    private static final Set<String> OF_NO_BOARD = Set.of("/api/deliveries", "/api/schedules", "/api/bank-holidays");

    private final Jdbc jdbc;

    BoardScopes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Why a caller limited to {@code board} may not make this call, or empty when they may. */
    @ReadOnly
    Optional<String> refusal(HttpMethod method, String path, String board) {
        String scope = "this token covers board '" + board + "' only (scope board:" + board + ")";
        Matcher named = BOARD.matcher(path);
        if (named.matches()) {
            return named.group(1).equals(board) ? Optional.empty()
                    : Optional.of(scope + "; board '" + named.group(1) + "' needs a token of its own or an all-boards admin's");
        }
        Matcher plan = PLAN.matcher(path);
        if (plan.matches()) {
            // An unknown plan is let through: the route answers 404 as it would to anyone.
            return jdbc.one("SELECT b.slug FROM plan p JOIN board b ON b.id = p.board_id WHERE p.id = ?",
                            rs -> rs.getString(1), Long.parseLong(plan.group(1)))
                    .filter(slug -> !slug.equals(board))
                    .map(slug -> scope + "; plan " + plan.group(1) + " is another board's, which needs a token of its own"
                            + " or an all-boards admin's");
        }
        if (OF_NO_BOARD.contains(path) && method == HttpMethod.GET) {
            return Optional.empty();
        }
        if (path.startsWith("/api/admin-tokens")) {
            return Optional.of(scope + "; admin tokens are made, listed and revoked by an all-boards admin"
                    + " (scope \"all\")");
        }
        return Optional.of(scope + "; " + method + " " + path + " is for an all-boards admin (scope \"all\")");
    }
}
