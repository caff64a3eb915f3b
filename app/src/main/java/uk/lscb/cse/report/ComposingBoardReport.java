package uk.lscb.cse.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.plan.ActionFilter;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.report.BoardReport.ActionRow;
import uk.lscb.cse.report.BoardReport.NoteLine;
import uk.lscb.cse.report.BoardReport.ThemeSection;
import uk.lscb.cse.report.BoardReport.TimescaleLine;
import uk.lscb.cse.report.ReadingHistory.Entry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds a plan's board report for a period from the append-only history, as at the end of the
 * period: an action's RAG at the start is its latest entry before the first day, its RAG "now" the
 * latest entry before the day after the last; an action with no entry by then was not yet in the plan.
 */
@Singleton
public class ComposingBoardReport {
    private final FindingActions finding;
    private final ReadingHistory history;
    private final ReportSettings settings;
    private final ReportSections sections;
    private final ReportKpis kpis;
    private final Clock clock;

    ComposingBoardReport(FindingActions finding, ReadingHistory history, ReportSettings settings,
                         ReportSections sections, ReportKpis kpis, Clock clock) {
        this.kpis = kpis;
        this.finding = finding;
        this.history = history;
        this.settings = settings;
        this.sections = sections;
        this.clock = clock;
    }

    @ReadOnly
    public BoardReport compose(long planId, ReportPeriod period) {
        PlanInfo plan = finding.plan(planId);
        ZoneId zone = plan.timeZone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        Instant asAt = end.isAfter(now) ? now : end;
        Map<Long, List<Entry>> entries = history.entries(plan.boardId(), planId, end);
        Set<Long> unchased = history.unchased(planId);
        Map<Long, List<ReadingHistory.TimescaleChange>> changes = history.timescaleChanges(planId);
        Map<Integer, List<ActionRow>> byTheme = new LinkedHashMap<>();
        Map<String, List<String>> answering = new HashMap<>();
        List<ActionView> actions = new ArrayList<>(finding.actions(planId, ActionFilter.ALL));
        actions.addAll(finding.retiredSince(planId, end));     // still in the plan at the period's end
        for (ActionView action : actions) {
            List<Entry> its = entries.getOrDefault(action.id(), List.of());
            if (its.isEmpty()) {
                continue; // added to the plan after the period
            }
            action.reviewRefs().forEach(r -> answering.computeIfAbsent(r, x -> new ArrayList<>()).add(action.ref()));
            byTheme.computeIfAbsent(action.themePosition(), p -> new ArrayList<>())
                    .add(row(action, its, changes.getOrDefault(action.id(), List.of()), from, end, period, zone,
                            unchased.contains(action.id())));
        }
        List<ThemeSection> themes = history.themes(planId).stream().map(t -> {
            List<ActionRow> rows = byTheme.getOrDefault(t.position(), List.of());
            return new ThemeSection(t.position(), t.name(), t.aim(), rows, counts(rows, true), counts(rows, false));
        }).toList();
        List<ActionRow> all = themes.stream().flatMap(t -> t.actions().stream()).toList();
        return new BoardReport(plan.boardName(), planId, plan.title(), period, asAt, now, zone.getId(),
                settings.of(plan.boardId()).marking(), headline(all), counts(all, true), counts(all, false), themes,
                sections.exceptions(themes), sections.recommendations(planId, all, answering), kpis.asAt(planId, period.to(), end),
                sections.legend(plan.boardId()));
    }

    private static ActionRow row(ActionView action, List<Entry> entries, List<ReadingHistory.TimescaleChange> changes,
                                 Instant from, Instant end, ReportPeriod period, ZoneId zone, boolean unchased) {
        Rag start = null;
        List<NoteLine> notes = new ArrayList<>();
        NoteLine latest = null;
        boolean updated = false;
        for (Entry entry : entries) {
            boolean inPeriod = !entry.at().isBefore(from);
            if (!inPeriod) {
                start = entry.rag();
            }
            // The import is where an action came from, not an update to it.
            updated |= inPeriod && entry.source() != Source.IMPORT;
            if (entry.note() != null) {
                latest = new NoteLine(LocalDate.ofInstant(entry.at(), zone), entry.author(), entry.agency(), entry.rag(),
                        entry.note());
                if (inPeriod) {
                    notes.add(latest);
                }
            }
        }
        Rag now = entries.get(entries.size() - 1).rag();
        TimescaleLine timescale = timescale(action.timescale(), changes, from, end);
        // Overdue as at the period's last day, on the due date it had then.
        Timescale then = new Timescale(null, timescale.due(), action.timescale().precision(), null, List.of(), false);
        boolean overdue = now != Rag.COMPLETE && then.overdueOn(period.to());
        boolean wentOverdue = overdue && !then.overdueOn(period.from());
        List<String> leads = Stream.concat(action.leadAgencies().stream(),
                action.leadPeople().stream().map(ActionView.LeadPerson::name)).toList();
        return new ActionRow(action.ref(), action.text(), action.objective(), leads, action.priority(), timescale, start,
                now, notes, latest, updated, overdue, wentOverdue, unchased && now != Rag.COMPLETE);
    }

    /**
     * The plan's original wording and due date (before the first change), the due date as at the end
     * (before any later change), and the slips (moves of a set due date) by then and in the period.
     */
    static TimescaleLine timescale(Timescale current, List<ReadingHistory.TimescaleChange> changes, Instant from, Instant end) {
        if (changes.isEmpty()) {
            return new TimescaleLine(current.text(), current.due(), current.due(), 0, 0);
        }
        ReadingHistory.TimescaleChange first = changes.get(0);
        LocalDate due = changes.stream().filter(c -> !c.at().isBefore(end)).findFirst()
                .map(ReadingHistory.TimescaleChange::oldDue).orElse(current.due());
        int slips = (int) changes.stream().filter(c -> c.slip() && c.at().isBefore(end)).count();
        int inPeriod = (int) changes.stream().filter(c -> c.slip() && c.at().isBefore(end) && !c.at().isBefore(from)).count();
        return new TimescaleLine(first.oldWording(), first.oldDue(), due, slips, inPeriod);
    }

    private static BoardReport.Headline headline(List<ActionRow> rows) {
        return new BoardReport.Headline(rows.size(),
                (int) rows.stream().filter(ActionRow::completedInPeriod).count(),
                (int) rows.stream().filter(ActionRow::slippedInPeriod).count(),
                (int) rows.stream().filter(ActionRow::overdue).count(),
                // An action already complete has nothing to report (with no update, its RAG is as it was).
                (int) rows.stream().filter(r -> !r.updated() && r.now() != Rag.COMPLETE).count(),
                (int) rows.stream().filter(ActionRow::noOneToChase).count(),
                (int) rows.stream().filter(ActionRow::priorityNotGreen).count());
    }

    /** Actions per RAG at the start (actions added later not counted) or at the end of the period. */
    static Map<Rag, Integer> counts(List<ActionRow> rows, boolean atStart) {
        Map<Rag, Integer> counts = Rag.zeroCounts();
        for (ActionRow row : rows) {
            Rag rag = atStart ? row.start() : row.now();
            if (rag != null) {
                counts.merge(rag, 1, Integer::sum);
            }
        }
        return counts;
    }
}
