package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link PlanSummary}: one read of the plan's actions, counted in memory. */
@Singleton
public class SummarisingPlan {
    /** An action not updated for this long is "stale". */
    public static final Duration STALE_AFTER = Duration.ofDays(28);

    private final FindingActions finding;
    private final Clock clock;

    SummarisingPlan(FindingActions finding, Clock clock) {
        this.finding = finding;
        this.clock = clock;
    }

    @ReadOnly
    public PlanSummary summary(long planId) {
        PlanInfo plan = finding.plan(planId);
        List<ActionState> actions = finding.states(planId);
        Instant staleBefore = clock.instant().minus(STALE_AFTER);
        Map<Rag, Integer> byRag = zeroes();
        Map<Integer, PlanSummary.ThemeCount> byTheme = new LinkedHashMap<>();
        int overdue = 0;
        int stale = 0;
        int toSet = 0;
        List<ActionState> priority = new ArrayList<>();
        for (ActionState action : actions) {
            byRag.merge(action.rag(), 1, Integer::sum);
            PlanSummary.ThemeCount theme = byTheme.computeIfAbsent(action.themePosition(),
                    p -> new PlanSummary.ThemeCount(p, action.theme(), 0, zeroes(), 0));
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
        return new PlanSummary(planId, plan.title(), plan.boardName(), LocalDate.now(clock.withZone(plan.timeZone())),
                actions.size(), byRag, List.copyOf(byTheme.values()), overdue, stale, toSet, briefs);
    }

    private static Map<Rag, Integer> zeroes() {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, 0);
        }
        return counts;
    }
}
