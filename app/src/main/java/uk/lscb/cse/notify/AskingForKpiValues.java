package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.kpi.FindingKpis;
import uk.lscb.cse.kpi.Kpi;
import uk.lscb.cse.kpi.KpiSettings;
import uk.lscb.cse.kpi.KpiSettingsStore;
import uk.lscb.cse.kpi.KpiStanding;
import uk.lscb.cse.kpi.PeriodFigure;
import uk.lscb.cse.kpi.ValueKind;
import uk.lscb.cse.schedule.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep's KPI step, in the board's working hours like the rest of it: when a measure's period has
 * closed with no value its owner is asked (the named person, else the leads of the owning agency);
 * a request unanswered for the board's KPI reminder days (working days) is sent again as a reminder,
 * and after its escalation days each coordinator is told. Each is a ledger decision, so once only.
 */
@Singleton
class AskingForKpiValues {
    private final Jdbc jdbc;
    private final FindingKpis kpis;
    private final KpiSettingsStore settings;
    private final FindingActionsToChase chase;
    private final DeliveryLedger ledger;

    AskingForKpiValues(Jdbc jdbc, FindingKpis kpis, KpiSettingsStore settings, FindingActionsToChase chase,
                       DeliveryLedger ledger) {
        this.jdbc = jdbc;
        this.kpis = kpis;
        this.settings = settings;
        this.chase = chase;
        this.ledger = ledger;
    }

    void ask(Board board, long planId, WorkingCalendar calendar, LocalDate today, ZoneId zone, String platform,
             Map<NoticeKind, Integer> counts) {
        KpiSettings kpiSettings = settings.of(board.id());
        Map<Long, KpiStanding> wanted = new LinkedHashMap<>();
        kpis.standings(planId, today).stream().filter(KpiStanding::wanted).forEach(s -> wanted.put(s.kpi().id(), s));
        for (KpiStanding s : wanted.values()) {
            PeriodFigure latest = s.latest().orElseThrow();
            for (FindingActionsToChase.Lead owner : owners(board.id(), s.kpi(), today)) {
                Notice notice = new Notice.KpiRequest(NoticeKind.KPI_REQUEST, board.name(), ref(s.kpi()),
                        latest.period().label(), latest.period().end(), 0, owner.name());
                decide(board, NoticeKind.KPI_REQUEST, s.kpi(), latest.period().label(), owner, platform, notice, counts);
            }
        }
        remindAndEscalate(board, planId, kpiSettings, calendar, today, zone, platform, counts);
    }

    private void remindAndEscalate(Board board, long planId, KpiSettings kpiSettings, WorkingCalendar calendar,
                                   LocalDate today, ZoneId zone, String platform, Map<NoticeKind, Integer> counts) {
        record Asked(long kpiId, String period, Long personId, String name, String email, LocalDate pausedUntil,
                     Instant sentAt) {
        }
        List<Asked> asked = jdbc.list("""
                SELECT d.kpi_id, d.kpi_period, d.person_id, COALESCE(p.name, d.recipient) AS name, d.recipient,
                       p.paused_until, d.sent_at
                FROM delivery d JOIN kpi k ON k.id = d.kpi_id AND k.plan_id = ? LEFT JOIN person p ON p.id = d.person_id
                WHERE d.board_id = ? AND d.kind = 'KPI_REQUEST' AND d.platform = ? AND d.status = 'SENT'
                  AND NOT EXISTS (SELECT 1 FROM kpi_value v WHERE v.kpi_id = d.kpi_id AND v.period = d.kpi_period)
                ORDER BY d.kpi_id, d.sent_at""",
                rs -> new Asked(rs.getLong("kpi_id"), rs.getString("kpi_period"),
                        rs.getObject("person_id") == null ? null : rs.getLong("person_id"), rs.getString("name"),
                        rs.getString("recipient"), Jdbc.date(rs, "paused_until"), Jdbc.instant(rs, "sent_at")),
                planId, board.id(), platform);
        Map<String, List<Asked>> toEscalate = new LinkedHashMap<>();
        for (Asked a : asked) {
            Kpi kpi = kpis.withId(a.kpiId());
            LocalDate sent = LocalDate.ofInstant(a.sentAt(), zone);
            int days = calendar.workingDaysBetween(sent, today);
            boolean away = a.pausedUntil() != null && !a.pausedUntil().isBefore(today);
            if (days >= kpiSettings.remindAfterDays() && a.personId() != null && !away) {
                Notice notice = new Notice.KpiRequest(NoticeKind.KPI_REMINDER, board.name(), ref(kpi), a.period(),
                        closed(kpi, a.period(), today), days, a.name());
                decide(board, NoticeKind.KPI_REMINDER, kpi, a.period(),
                        new FindingActionsToChase.Lead(a.personId(), a.name(), a.email()), platform, notice, counts);
            }
            if (days >= kpiSettings.escalateAfterDays()) {
                toEscalate.computeIfAbsent(a.kpiId() + "|" + a.period(), k -> new ArrayList<>()).add(a);
            }
        }
        if (toEscalate.isEmpty()) {
            return;
        }
        List<FindingActionsToChase.Lead> coordinators = chase.coordinators(board.id(), today);
        for (List<Asked> requests : toEscalate.values()) {
            Asked first = requests.get(0);
            Kpi kpi = kpis.withId(first.kpiId());
            LocalDate askedOn = LocalDate.ofInstant(first.sentAt(), zone);
            Notice notice = new Notice.KpiEscalation(board.name(), ref(kpi), first.period(),
                    requests.stream().map(Asked::name).distinct().toList(), askedOn, calendar.workingDaysBetween(askedOn, today));
            for (FindingActionsToChase.Lead coordinator : coordinators) {
                decide(board, NoticeKind.KPI_ESCALATION, kpi, first.period(), coordinator, platform, notice, counts);
            }
        }
    }

    private void decide(Board board, NoticeKind kind, Kpi kpi, String period, FindingActionsToChase.Lead to,
                        String platform, Notice notice, Map<NoticeKind, Integer> counts) {
        if (ledger.decideAboutKpi(board.id(), kind, kpi.id(), period, DeliveryLedger.To.person(to.personId(), to.email()),
                platform, notice)) {
            counts.merge(kind, 1, Integer::sum);
        }
    }

    /** Who is asked: the measure's named owner, else the leads of its agency; nobody on leave. */
    private List<FindingActionsToChase.Lead> owners(long boardId, Kpi kpi, LocalDate today) {
        String who = kpi.ownerPersonId() != null ? "p.id = ?" : "p.role = 'LEAD' AND g.name = ?";
        Object owner = kpi.ownerPersonId() != null ? kpi.ownerPersonId() : kpi.ownerAgency();
        if (owner == null) {
            return List.of();
        }
        return jdbc.list("""
                SELECT p.id, p.name, p.email FROM person p LEFT JOIN agency g ON g.id = p.agency_id
                WHERE p.board_id = ? AND %s AND (p.paused_until IS NULL OR p.paused_until < ?) ORDER BY p.id""".formatted(who),
                rs -> new FindingActionsToChase.Lead(rs.getLong(1), rs.getString(2), rs.getString(3)), boardId, owner, today);
    }

    private static LocalDate closed(Kpi kpi, String period, LocalDate today) {
        return kpi.calendar().flatMap(c -> c.read(period, today)).map(p -> p.end()).orElse(today);
    }

    private static Notice.MeasureRef ref(Kpi kpi) {
        return new Notice.MeasureRef(kpi.id(), kpi.planId(), kpi.number(), kpi.measure(), kpi.owner(),
                kpi.kind() != ValueKind.COUNT);
    }
}
