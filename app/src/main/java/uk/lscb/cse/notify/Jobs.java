package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.BoardRepository;
import uk.lscb.cse.db.DataAccessFailure;

import java.util.Optional;
import java.util.function.Supplier;

/** The Quartz jobs: thin shells over the sweep, the digest and the sender, which hold the logic. */
final class Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    static final String BOARD_ID = "boardId";

    private Jobs() {
    }

    static Optional<Board> board(BoardRepository boards, JobExecutionContext context) {
        long id = Long.parseLong(context.getMergedJobDataMap().getString(BOARD_ID));
        return boards.findById(id);
    }

    /**
     * Two instances sweeping one board at once may deadlock on the ledger's unique key; the loser
     * is rolled back whole, and running it again decides only what the winner did not.
     */
    static <T> T retried(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataAccessFailure e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.info("{} failed in the database ({}); running it again", what, e.getMessage());
            }
        }
    }

    @Singleton
    @DisallowConcurrentExecution
    static class SweepJob implements Job {
        private final BoardRepository boards;
        private final Sweep sweep;
        private final Sending sending;

        SweepJob(BoardRepository boards, Sweep sweep, Sending sending) {
            this.boards = boards;
            this.sweep = sweep;
            this.sending = sending;
        }

        @Override
        public void execute(JobExecutionContext context) {
            board(boards, context).ifPresent(board -> retried("sweep of " + board.slug(), () -> sweep.run(board)));
            sending.sendDue();
        }
    }

    @Singleton
    @DisallowConcurrentExecution
    static class DigestJob implements Job {
        private final BoardRepository boards;
        private final Digests digests;
        private final Sending sending;

        DigestJob(BoardRepository boards, Digests digests, Sending sending) {
            this.boards = boards;
            this.digests = digests;
            this.sending = sending;
        }

        @Override
        public void execute(JobExecutionContext context) {
            board(boards, context).ifPresent(board -> retried("digest of " + board.slug(), () -> digests.scheduled(board)));
            sending.sendDue();
        }
    }

    /** Sends what is due, including retries of failed deliveries, every half minute. */
    @Singleton
    @DisallowConcurrentExecution
    static class DeliveryJob implements Job {
        private final Sending sending;

        DeliveryJob(Sending sending) {
            this.sending = sending;
        }

        @Override
        public void execute(JobExecutionContext context) {
            sending.sendDue();
        }
    }
}
