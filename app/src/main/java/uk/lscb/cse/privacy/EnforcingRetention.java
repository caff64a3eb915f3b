package uk.lscb.cse.privacy;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.board.ExpiringRecords;
import uk.lscb.cse.schedule.RetentionWork;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Each night, every board's records past its retention are deleted by the features that keep them
 * ({@link ExpiringRecords}), and then those no board claims under the defaults. A board's deletions
 * are audited with their counts: nothing goes without a trace.
 */
@Singleton
public class EnforcingRetention implements RetentionWork {
    private static final Logger LOG = LoggerFactory.getLogger(EnforcingRetention.class);
    private static final Actor RETENTION = new Actor("retention", Source.SCHEDULE, null);

    private final Boards boards;
    private final List<ExpiringRecords> records;
    private final Audit audit;
    private final Clock clock;

    EnforcingRetention(Boards boards, List<ExpiringRecords> records, Audit audit, Clock clock) {
        this.boards = boards;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a run deleted: by board slug ("" for records no board claims), by kind of record. */
    public record Expired(Map<String, Map<String, Integer>> deleted) {
    }

    @Override
    public void enforceRetention() {
        run();
    }

    public Expired run() {
        Instant now = clock.instant();
        Map<String, Map<String, Integer>> deleted = new LinkedHashMap<>();
        for (Board board : boards.all()) {
            Map<String, Integer> counts = sum(kept -> kept.expire(board, now));
            if (!counts.isEmpty()) {
                audit.record(board.id(), "retention", board.id(), "expired", null, "deleted " + counts, RETENTION);
                deleted.put(board.slug(), counts);
            }
        }
        Map<String, Integer> unclaimed = sum(kept -> kept.expireUnclaimed(now));
        if (!unclaimed.isEmpty()) {
            deleted.put("", unclaimed);
        }
        LOG.info("Retention run: deleted {}", deleted);
        return new Expired(deleted);
    }

    // What every feature deleted, added up by kind of record; kinds with nothing deleted left out.
    private Map<String, Integer> sum(Function<ExpiringRecords, Map<String, Integer>> expire) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach(kept -> expire.apply(kept).forEach((what, n) -> counts.merge(what, n, Integer::sum)));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }
}
