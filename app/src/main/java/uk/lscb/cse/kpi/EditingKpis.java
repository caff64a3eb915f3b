package uk.lscb.cse.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Agencies;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Adds a measure to a plan or changes one over the admin API, audited old → new. Values are not
 * touched: they are given through chat or the values endpoint, as entries.
 */
@Singleton
public class EditingKpis {
    private final Jdbc jdbc;
    private final FindingKpis kpis;
    private final FindingActions finding;
    private final Agencies agencies;
    private final People people;
    private final Audit audit;

    EditingKpis(Jdbc jdbc, FindingKpis kpis, FindingActions finding, Agencies agencies, People people, Audit audit) {
        this.jdbc = jdbc;
        this.kpis = kpis;
        this.finding = finding;
        this.agencies = agencies;
        this.people = people;
        this.audit = audit;
    }

    /** What to set; null leaves a field as it is ("" clears an optional one). Words as in the plan file. */
    public record Changes(@Nullable String measure, @Nullable String counted, @Nullable String owner,
                          @Nullable String ownerPerson, @Nullable String period, @Nullable String yearStart,
                          @Nullable BigDecimal target, @Nullable String direction, @Nullable BigDecimal baseline,
                          @Nullable Boolean byAgency, @Nullable String oba, @Nullable String kind) {
    }

    @Transactional
    public Kpi add(long planId, Changes changes, Actor actor) {
        PlanInfo plan = finding.plan(planId);
        if (changes.measure() == null || changes.measure().isBlank()) {
            throw new Invalid("give the measure, e.g. {\"measure\": \"Return interviews held\", \"period\": \"quarterly\"}");
        }
        int position = jdbc.one("SELECT COALESCE(MAX(position), 0) + 1 FROM kpi WHERE plan_id = ?", rs -> rs.getInt(1), planId)
                .orElse(1);
        long id = jdbc.insert("INSERT INTO kpi (plan_id, position, measure) VALUES (?, ?, ?)", planId, position,
                changes.measure().strip());
        Kpi added = apply(plan, kpis.withId(id), changes);
        audit.record(plan.boardId(), "kpi", id, "added", null, describe(added), actor);
        return added;
    }

    @Transactional
    public Kpi change(long planId, int number, Changes changes, Actor actor) {
        PlanInfo plan = finding.plan(planId);
        Kpi old = kpis.numbered(planId, number);
        Kpi changed = apply(plan, old, changes);
        if (!describe(changed).equals(describe(old))) {
            audit.record(plan.boardId(), "kpi", old.id(), "updated", describe(old), describe(changed), actor);
        }
        return changed;
    }

    private Kpi apply(PlanInfo plan, Kpi kpi, Changes c) {
        String measure = c.measure() == null ? kpi.measure() : required("measure", c.measure(), 500);
        String counted = c.counted() == null ? kpi.counted() : optional(c.counted(), 10_000);
        Long agency = c.owner() == null ? (kpi.ownerAgency() == null ? null : agencies.idFor(plan.boardId(), kpi.ownerAgency()))
                : optional(c.owner(), 255) == null ? null : Long.valueOf(agencies.idFor(plan.boardId(), c.owner().strip()));
        Long person = kpi.ownerPersonId();
        if (c.ownerPerson() != null) {
            person = c.ownerPerson().isBlank() ? null : people.byEmail(plan.boardId(), c.ownerPerson().strip())
                    .map(Person::id).orElseThrow(() -> new Invalid("ownerPerson '" + c.ownerPerson() + "' is not one of "
                            + plan.boardName() + "'s people; add them first (POST /api/boards/" + plan.boardSlug() + "/people)"));
        }
        Frequency frequency = c.period() == null ? kpi.frequency() : c.period().isBlank() ? null
                : Frequency.read(c.period()).orElseThrow(() -> new Invalid("period '" + c.period()
                        + "' is not monthly, quarterly, half-yearly or annual"));
        int yearStart = c.yearStart() == null ? kpi.yearStartMonth() : month(c.yearStart());
        Direction direction = c.direction() == null ? kpi.direction() : c.direction().isBlank() ? null
                : Direction.read(c.direction()).orElseThrow(() -> new Invalid("direction '" + c.direction()
                        + "' is not higher or lower (is better)"));
        Oba oba = c.oba() == null ? kpi.oba() : c.oba().isBlank() ? null : Oba.read(c.oba()).orElseThrow(() -> new Invalid(
                "oba '" + c.oba() + "' is not how much, how well or better off"));
        ValueKind kind = c.kind() == null ? kpi.kind() : ValueKind.read(c.kind()).orElseThrow(() -> new Invalid(
                "kind '" + c.kind() + "' is not count, decimal or percentage"));
        BigDecimal target = c.target() == null ? kpi.target() : c.target();
        BigDecimal baseline = c.baseline() == null ? kpi.baseline() : c.baseline();
        jdbc.update("""
                UPDATE kpi SET measure = ?, counted = ?, owner_agency_id = ?, owner_person_id = ?, period_type = ?,
                    year_start_month = ?, target = ?, direction = ?, baseline = ?, by_agency = ?, oba = ?, value_kind = ?
                WHERE id = ?""",
                measure, counted, agency, person, frequency == null ? null : frequency.name(), yearStart, target,
                direction == null ? null : direction.name(), baseline, c.byAgency() == null ? kpi.byAgency() : c.byAgency(),
                oba == null ? null : oba.name(), kind.name(), kpi.id());
        return kpis.withId(kpi.id());
    }

    static String describe(Kpi k) {
        return k.number() + ". " + k.measure() + " | counted=" + k.counted() + ", owner=" + k.owner() + ", period="
                + (k.frequency() == null ? null : k.frequency().wording()) + ", yearStart=" + k.yearStartMonth()
                + ", target=" + k.target() + ", direction=" + k.direction() + ", baseline=" + k.baseline()
                + ", byAgency=" + k.byAgency() + ", oba=" + k.oba() + ", kind=" + k.kind();
    }

    private static int month(String text) {
        String m = text.strip().toLowerCase(Locale.ROOT);
        if (m.matches("\\d{1,2}") && Integer.parseInt(m) >= 1 && Integer.parseInt(m) <= 12) {
            return Integer.parseInt(m);
        }
        for (Month month : Month.values()) {
            if (m.length() >= 3 && month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(m)) {
                return month.getValue();
            }
        }
        throw new Invalid("yearStart '" + text + "' is not a month; e.g. April (the financial year) or January");
    }

    private static String required(String field, String value, int max) {
        String v = optional(value, max);
        if (v == null) {
            throw new Invalid(field + " cannot be empty");
        }
        return v;
    }

    private static String optional(String value, int max) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && v.length() > max) {
            throw new Invalid("keep it under " + max + " characters");
        }
        return v;
    }
}
