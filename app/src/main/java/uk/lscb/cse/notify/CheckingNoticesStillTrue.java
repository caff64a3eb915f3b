package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The last look before a notice about an action goes: is it still true? Between the sweep deciding
 * it and its turn to be sent (a retry an hour later, a queue behind a rate limit) the action may
 * have been completed, gone green or been updated; an overdue alert for it would then be wrong.
 * Digests are a snapshot of their week and always go.
 */
@Singleton
class CheckingNoticesStillTrue {
    private final Jdbc jdbc;
    private final CurrentPlan currentPlan;

    CheckingNoticesStillTrue(Jdbc jdbc, CurrentPlan currentPlan) {
        this.jdbc = jdbc;
        this.currentPlan = currentPlan;
    }

    private record Now(String ref, long planId, Rag rag, Instant lastUpdate, Integer retiredIn, LocalDate due) {
    }

    /** Why the delivery's notice no longer applies; empty when it does. */
    @ReadOnly
    Optional<String> whyNot(Delivery delivery) {
        if (delivery.notice() instanceof Notice.KpiRequest request) {
            return answered(request.measure(), request.period(), request.kind() == NoticeKind.KPI_REMINDER
                    ? "the reminder" : "the value request");
        }
        if (delivery.notice() instanceof Notice.KpiEscalation escalation) {
            return answered(escalation.measure(), escalation.period(), "the escalation");
        }
        String what = what(delivery.kind());
        if (what == null || delivery.actionId() == null) {
            return Optional.empty();
        }
        Optional<Now> now = jdbc.one("""
                SELECT a.ref, a.plan_id, pu.rag_after, pu.created_at, a.retired_in, a.due_date FROM action a
                JOIN progress_update pu ON pu.id = a.current_update_id WHERE a.id = ?""",
                rs -> new Now(rs.getString(1), rs.getLong(2), Rag.valueOf(rs.getString(3)), Jdbc.instant(rs, "created_at"),
                        rs.getObject(5) == null ? null : rs.getInt(5), Jdbc.date(rs, "due_date")),
                delivery.actionId());
        if (now.isEmpty()) {
            return Optional.of("its action is gone: " + what + " no longer applies");
        }
        Now action = now.get();
        if (action.retiredIn() != null) {
            return Optional.of(action.ref() + " was removed from the plan in version " + action.retiredIn() + ": " + what
                    + " no longer applies");
        }
        if (currentPlan.find(delivery.boardId()).filter(id -> id == action.planId()).isEmpty()) {
            return Optional.of(action.ref() + " is no longer in the board's current plan: " + what + " no longer applies");
        }
        LocalDate due = dueWhenDecided(delivery.notice());
        if (due != null && !due.equals(action.due())) {
            return Optional.of(action.ref() + "'s due date has moved since " + what + " was decided: it no longer applies");
        }
        return whyNot(delivery.kind(), action.ref(), ragWhenDecided(delivery.notice()), action.rag(),
                action.lastUpdate().isAfter(delivery.createdAt())).map(why -> why.replace("{what}", what));
    }

    // A value given since the request was decided (by command, card or the API) answers it.
    private Optional<String> answered(Notice.MeasureRef measure, String period, String what) {
        return jdbc.one("SELECT 1 FROM kpi_value WHERE kpi_id = ? AND period = ? LIMIT 1", rs -> rs.getInt(1),
                measure.kpiId(), period).map(found -> "measure " + measure.number() + " has its value for " + period
                + " now: " + what + " no longer applies");
    }

    /**
     * The rules: nothing is chased once complete; an overdue alert or escalation is wrong once the
     * action has gone green since (one that was green and late when decided is still late); a stale
     * prompt or an escalation (an alert left unanswered) is wrong once the action has been updated
     * since it was decided.
     */
    static Optional<String> whyNot(NoticeKind kind, String ref, Rag then, Rag now, boolean updatedSince) {
        boolean lateness = kind == NoticeKind.OVERDUE || kind == NoticeKind.ESCALATION;
        if (now == Rag.COMPLETE || (now == Rag.GREEN && then != Rag.GREEN && lateness)) {
            return Optional.of(ref + " is " + now.label() + " now: {what} no longer applies");
        }
        if (updatedSince && (kind == NoticeKind.STALE || kind == NoticeKind.ESCALATION)) {
            return Optional.of(ref + " was updated after {what} was decided: it no longer applies");
        }
        return Optional.empty();
    }

    /** The due date an overdue alert, reminder or escalation was about; null for other notices. */
    private static LocalDate dueWhenDecided(Notice notice) {
        if (notice instanceof Notice.ActionAlert alert && (alert.kind() == NoticeKind.OVERDUE || alert.kind() == NoticeKind.DUE_SOON)) {
            return alert.date();
        }
        return notice instanceof Notice.Escalation escalation ? escalation.due() : null;
    }

    private static Rag ragWhenDecided(Notice notice) {
        if (notice instanceof Notice.ActionAlert alert) {
            return alert.action().rag();
        }
        return notice instanceof Notice.Escalation escalation ? escalation.action().rag() : null;
    }

    private static String what(NoticeKind kind) {
        return switch (kind) {
            case OVERDUE -> "the overdue alert";
            case DUE_SOON -> "the reminder";
            case REVIEW -> "the review prompt";
            case STALE -> "the stale prompt";
            case ESCALATION -> "the escalation";
            case DIGEST, DIGEST_LINE, KPI_REQUEST, KPI_REMINDER, KPI_ESCALATION, BOARD_REPORT, REPORT_REMINDER -> null;
        };
    }
}
