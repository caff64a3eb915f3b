package uk.lscb.cse.kpi;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotAllowed;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Agencies;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.people.Role;
import uk.lscb.cse.plan.CheckingNotes;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;
import uk.lscb.cse.plan.UnsafeNote;
import uk.lscb.cse.plan.UpdatingProgress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Records a value as a new entry: nothing is overwritten, a correction is a later entry for the same
 * period. Only the measure's owner (the named person, or people of the owning agency) or a coordinator
 * may give it; for a measure split by agency, anyone of an agency gives their agency's part. Notes pass
 * the board's safeguarding guard. Everything is checked before anything is written.
 */
@Singleton
public class RecordingKpiValues {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingKpiValues.class);

    private final Jdbc jdbc;
    private final FindingKpis kpis;
    private final FindingActions finding;
    private final People people;
    private final Agencies agencies;
    private final CheckingNotes checking;
    private final Audit audit;
    private final Clock clock;

    RecordingKpiValues(Jdbc jdbc, FindingKpis kpis, FindingActions finding, People people, Agencies agencies,
                       CheckingNotes checking, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.kpis = kpis;
        this.finding = finding;
        this.people = people;
        this.agencies = agencies;
        this.checking = checking;
        this.audit = audit;
        this.clock = clock;
    }

    /** The entry written, the value it replaces for that period (or null), and the period as it now stands. */
    public record Recorded(Kpi kpi, KpiValue entry, BigDecimal replaced, PeriodFigure figure, String by) {
    }

    @Transactional
    public Recorded record(RecordKpiValue command) {
        PlanInfo plan = finding.plan(command.planId());
        Kpi kpi = kpis.numbered(plan.id(), command.number());
        Person person = people.byEmail(plan.boardId(), command.actor().who()).orElseThrow(() -> new NotAllowed(
                command.actor().who() + " is not one of " + plan.boardName() + "'s people; ask the board manager to add you"));
        refusal(person, kpi).ifPresent(why -> {
            throw new NotAllowed(why);
        });
        LocalDate today = LocalDate.now(clock.withZone(plan.timeZone()));
        KpiPeriod period = period(kpi, plan, command.period(), today);
        BigDecimal value = number(kpi, command.value());
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > UpdatingProgress.MAX_NOTE) {
            throw new Invalid("the note is " + note.length() + " characters; keep it under " + UpdatingProgress.MAX_NOTE);
        }
        if (note != null) {
            checking.forBoard(plan.boardId()).check(note).ifPresent(found -> {
                LOG.warn("Refused a KPI note from person {} ({}) on plan {} measure {}: {}", person.id(),
                        command.actor().source(), plan.id(), kpi.number(), found);
                throw new UnsafeNote(found);
            });
        }
        String agency = kpi.byAgency() ? person.agency() : null;
        if (kpi.byAgency() && agency == null && person.role() != Role.COORDINATOR) {
            throw new Invalid("measure " + kpi.number() + " is counted by agency and you have none on the board's people"
                    + " list: ask the board manager to set your agency");
        }
        Long agencyId = agency == null ? null : agencies.idFor(plan.boardId(), agency);
        // Two entries for one period at once each see the other: lock the measure, then read.
        jdbc.one("SELECT id FROM kpi WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), kpi.id());
        BigDecimal replaced = jdbc.one("""
                SELECT value FROM kpi_value WHERE kpi_id = ? AND period = ? AND agency_id <=> ? ORDER BY id DESC LIMIT 1""",
                rs -> rs.getBigDecimal(1).stripTrailingZeros(), kpi.id(), period.label(), agencyId).orElse(null);
        Instant now = clock.instant();
        long id = jdbc.insert("""
                INSERT INTO kpi_value (kpi_id, period, agency_id, value, note, author, source, channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                kpi.id(), period.label(), agencyId, value, note, person.email(), command.actor().source(),
                command.actor().channel(), now);
        String part = period.label() + (agency == null ? "" : " (" + agency + ")") + ": ";
        audit.record(plan.boardId(), "kpi_value", id, replaced == null ? "recorded" : "corrected",
                replaced == null ? null : part + kpi.kind().format(replaced), part + kpi.kind().format(value), command.actor());
        KpiValue entry = new KpiValue(id, kpi.id(), period.label(), agency, value, note, person.email(),
                command.actor().source(), command.actor().channel(), now);
        PeriodFigure figure = kpis.standing(kpi, today).periods().stream()
                .filter(f -> f.period().label().equals(period.label())).findFirst()
                .orElse(new PeriodFigure(period, value, java.util.Map.of(), null, now));
        return new Recorded(kpi, entry, replaced, figure, person.name());
    }

    /** Why this person may not give values for the measure, or empty when they may. */
    public static Optional<String> refusal(Person person, Kpi kpi) {
        boolean may = person.role() == Role.COORDINATOR
                || kpi.ownerPersonId() != null && kpi.ownerPersonId() == person.id()
                || person.agency() != null && kpi.ownerAgency() != null && kpi.ownerAgency().equalsIgnoreCase(person.agency())
                || kpi.byAgency() && person.agency() != null;
        return may ? Optional.empty() : Optional.of("only the owner of measure " + kpi.number() + " (" + kpi.owner()
                + ") or a coordinator can give its values");
    }

    private static KpiPeriod period(Kpi kpi, PlanInfo plan, String typed, LocalDate today) {
        PeriodCalendar calendar = kpi.calendar().orElseThrow(() -> new Invalid("measure " + kpi.number()
                + " has no period (monthly, quarterly…): ask the board manager to set one before values are given"));
        if (typed == null || typed.isBlank()) {
            return calendar.lastClosed(today, plan.periodStart(), plan.periodEnd()).orElseThrow(() -> new Invalid(
                    "no period of measure " + kpi.number() + " has closed yet: its first value is asked for when one does"));
        }
        KpiPeriod period = calendar.read(typed, today).orElseThrow(() -> new Invalid("\"" + typed + "\" is not a period of"
                + " measure " + kpi.number() + ", which is " + kpi.frequency().wording() + ": give "
                + calendar.example(today) + "."));
        if (!period.closedBy(today)) {
            throw new Invalid(period.label() + " runs until " + period.end() + ": give its value once it has closed.");
        }
        return period;
    }

    private static BigDecimal number(Kpi kpi, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (kpi.kind() == ValueKind.PERCENTAGE && text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new Invalid("\"" + (typed == null ? "" : typed.strip()) + "\" is not a number: give the "
                    + (kpi.kind() == ValueKind.COUNT ? "count as a whole number" : "value") + ", e.g. kpi " + kpi.number()
                    + " 42.");
        }
        if (value.abs().compareTo(new BigDecimal("1000000000")) >= 0 || value.scale() > 4) {
            throw new Invalid(text + " is too large or too precise: give at most 4 decimal places, under a billion.");
        }
        Optional<String> problem = kpi.kind().problem(value);
        if (problem.isPresent()) {
            throw new Invalid("Not saved: " + problem.get() + " (you gave " + text + ").");
        }
        return value.stripTrailingZeros();
    }
}
