package uk.lscb.cse.board;

import java.time.Instant;
import java.util.Map;

/**
 * Records a feature keeps about people or their chat accounts that run out under a board's
 * {@link Retention}. Each feature deletes its own; the daily retention job calls every one.
 */
public interface ExpiringRecords {
    /** Deletes the board's records that are past keeping at {@code now}; how many, by kind of record. */
    Map<String, Integer> expire(Board board, Instant now);

    /** Deletes records that belong to no board (a workspace or tenant linked to none) under the defaults. */
    default Map<String, Integer> expireUnclaimed(Instant now) {
        return Map.of();
    }
}
