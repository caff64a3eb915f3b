package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds {@link PlanSummary}: one read of the plan's actions, counted in memory. The result is kept
 * until the plan's revision (bumped by every update, on any instance) or the minute changes, so a
 * channel full of people asking {@code /cse status} costs one primary-key read each.
 */
@Singleton
public class SummarisingPlan {
    /** An action not updated for this long is "stale". */
    public static final Duration STALE_AFTER = Duration.ofDays(28);
    private static final int MAX_CACHED_PLANS = 500;

    private final FindingActions finding;
    private final FindingUnchasedActions unchased;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** A summary and what it was computed from: the plan row as read and the minute. */
    private record Cached(PlanInfo plan, Instant minute, PlanSummary summary) {
    }

    private final ActionChanges changes;

    SummarisingPlan(FindingActions finding, FindingUnchasedActions unchased, Clock clock, ActionChanges changes) {
        this.changes = changes;
        this.finding = finding;
        this.unchased = unchased;
        this.clock = clock;
    }

    @ReadOnly
    public PlanSummary summary(long planId) {
        // Read in one transaction, so the revision and the actions counted come from one snapshot.
        PlanInfo plan = finding.plan(planId);
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Cached cached = cache.get(planId);
        if (cached != null && cached.plan().equals(plan) && cached.minute().equals(minute)) {
            return cached.summary();
        }
        PlanSummary summary = count(plan, minute);
        if (cache.size() >= MAX_CACHED_PLANS) {
            cache.clear();
        }
        cache.put(planId, new Cached(plan, minute, summary));
        return summary;
    }

    private PlanSummary count(PlanInfo plan, Instant now) {
        long planId = plan.id();
        LocalDate today = LocalDate.ofInstant(now, plan.timeZone());
        List<ActionState> actions = finding.states(planId, today);
        Instant staleBefore = now.minus(STALE_AFTER);
        Map<Rag, Integer> byRag = Rag.zeroCounts();
        Map<Integer, PlanSummary.ThemeCount> byTheme = new LinkedHashMap<>();
        int overdue = 0;
        int stale = 0;
        int toSet = 0;
        List<ActionState> priority = new ArrayList<>();
        for (ActionState action : actions) {
            byRag.merge(action.rag(), 1, Integer::sum);
            PlanSummary.ThemeCount theme = byTheme.computeIfAbsent(action.themePosition(),
                    p -> new PlanSummary.ThemeCount(p, action.theme(), 0, Rag.zeroCounts(), 0));
            theme.byRag().merge(action.rag(), 1, Integer::sum);
            byTheme.put(theme.position(), new PlanSummary.ThemeCount(theme.position(), theme.name(),
                    theme.actions() + 1, theme.byRag(), theme.overdue() + (action.overdue() ? 1 : 0)));
            overdue += action.overdue() ? 1 : 0;
            if (action.rag() != Rag.COMPLETE && action.lastUpdate().isBefore(staleBefore)) {
                stale++;
            }
            toSet += action.timescaleFlagged() ? 1 : 0;
            if (action.priority() && action.rag() != Rag.GREEN && action.rag() != Rag.COMPLETE) {
                priority.add(action);
            }
        }
        // Leads only for the few priority actions listed, not for the whole plan.
        Map<Long, List<String>> leads = finding.leads(priority.stream().map(ActionState::id).toList());
        List<PlanSummary.Brief> briefs = priority.stream().map(a -> new PlanSummary.Brief(a.ref(), a.text(), a.rag(),
                leads.getOrDefault(a.id(), List.of()))).toList();
        return new PlanSummary(planId, plan.title(), plan.boardName(), today,
                actions.size(), byRag, List.copyOf(byTheme.values()), overdue, stale, toSet, briefs, unchased.count(planId),
                changes.slippedActions(planId));
    }
}
