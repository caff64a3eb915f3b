package uk.lscb.cse.chat;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.db.UniqueKeys;
import uk.lscb.cse.notify.Delivery;
import uk.lscb.cse.notify.Notice;

import java.time.Clock;
import java.util.Optional;

/**
 * Messages the bot posted about one action, or about a whole plan (the one-message digest); a reply
 * in such a message's thread updates that action, or the actions it names by ref.
 */
@Singleton
public class ChatThreads {
    private final ChatThreadRepository threads;
    private final Jdbc jdbc;
    private final Clock clock;

    ChatThreads(ChatThreadRepository threads, Jdbc jdbc, Clock clock) {
        this.threads = threads;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What a thread is about: one action of a plan (by its ref now: a renumbered action keeps its
     * threads), or the plan itself when {@code ref} is null. {@code retiredIn}: the version of the plan
     * that removed the action, or null.
     */
    public record About(long planId, String ref, Integer retiredIn) {
        public boolean wholePlan() {
            return ref == null;
        }
    }

    /** A thread about measure {@code number} of plan {@code planId} and its {@code period}: a value request. */
    public record KpiThread(long planId, int number, String period) {
    }

    /** Idempotent: a delivery found again after a crash remembers the same message once. */
    @Transactional
    public void remember(Source platform, String channel, String messageId, long actionId) {
        UniqueKeys.inserted(() -> threads.save(new ChatThread(new ChatThread.Message(platform, channel, messageId),
                actionId, null, clock.instant(), null, null)));
    }

    @Transactional
    public void rememberPlan(Source platform, String channel, String messageId, long planId) {
        UniqueKeys.inserted(() -> threads.save(new ChatThread(new ChatThread.Message(platform, channel, messageId),
                null, planId, clock.instant(), null, null)));
    }

    /**
     * A notice that reached a channel or chat: remembered so replies in its thread update what it is
     * about. Decided here once for both platforms.
     */
    @Transactional
    public void sent(Source platform, String channel, String messageId, Delivery delivery) {
        if (delivery.actionId() != null) {
            remember(platform, channel, messageId, delivery.actionId());
        } else if (delivery.notice() instanceof Notice.KpiRequest request) {
            rememberKpi(platform, channel, messageId, request.measure().kpiId(), request.period());
        } else if (delivery.notice() instanceof Notice.KpiEscalation escalation) {
            rememberKpi(platform, channel, messageId, escalation.measure().kpiId(), escalation.period());
        } else if (delivery.notice() instanceof Notice.Digest digest && !digest.lines().isEmpty()) {
            rememberPlan(platform, channel, messageId, digest.planId());
        }
    }

    @Transactional
    public void rememberKpi(Source platform, String channel, String messageId, long kpiId, String period) {
        UniqueKeys.inserted(() -> threads.save(new ChatThread(new ChatThread.Message(platform, channel, messageId),
                null, null, clock.instant(), kpiId, period)));
    }

    @ReadOnly
    public Optional<KpiThread> kpiAbout(Source platform, String channel, String messageId) {
        return jdbc.one("""
                SELECT k.plan_id, k.position, t.kpi_period FROM chat_thread t JOIN kpi k ON k.id = t.kpi_id
                WHERE t.platform = ? AND t.channel = ? AND t.message_id = ?""",
                rs -> new KpiThread(rs.getLong(1), rs.getInt(2), rs.getString(3)), platform, channel, messageId);
    }

    // A join into the plan's tables: hand SQL by the db rule.
    @ReadOnly
    public Optional<About> about(Source platform, String channel, String messageId) {
        return jdbc.one("""
                SELECT COALESCE(a.plan_id, t.plan_id), a.ref, a.retired_in FROM chat_thread t
                LEFT JOIN action a ON a.id = t.action_id
                WHERE t.platform = ? AND t.channel = ? AND t.message_id = ?""",
                rs -> new About(rs.getLong(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getInt(3)),
                platform, channel, messageId);
    }

    /**
     * What a button pressed on a message the bot remembers (an alert, a shared action) is about now:
     * its action, whose ref a revision of the plan may have changed since the button was drawn. Empty
     * when the message is not known, is about another plan, or about no one action.
     */
    @ReadOnly
    public Optional<About> pressedOn(Source platform, String channel, String messageId, Long planId) {
        if (channel == null || messageId == null || planId == null) {
            return Optional.empty();
        }
        return about(platform, channel, messageId).filter(a -> !a.wholePlan() && a.planId() == planId);
    }
}
