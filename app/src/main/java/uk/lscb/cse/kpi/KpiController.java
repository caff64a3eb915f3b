package uk.lscb.cse.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.NotAllowed;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;
import uk.lscb.cse.plan.Rag;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The plan's measures over the admin API: exact values (admin tokens are the board's managers). */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class KpiController {
    private final FindingKpis kpis;
    private final FindingActions finding;
    private final EditingKpis editing;
    private final RecordingKpiValues recording;
    private final KpiSettingsStore settings;
    private final Boards boards;
    private final Clock clock;

    KpiController(FindingKpis kpis, FindingActions finding, EditingKpis editing, RecordingKpiValues recording,
                  KpiSettingsStore settings, Boards boards, Clock clock) {
        this.kpis = kpis;
        this.finding = finding;
        this.editing = editing;
        this.recording = recording;
        this.settings = settings;
        this.boards = boards;
        this.clock = clock;
    }

    record PeriodView(String period, LocalDate start, LocalDate end, BigDecimal value, Map<String, BigDecimal> parts,
                      Rag rag, Instant enteredAt) {
    }

    record KpiView(int number, String measure, String counted, String theme, String ownerAgency, String ownerPerson,
                   String period, int yearStartMonth, BigDecimal target, Direction direction, BigDecimal baseline,
                   boolean byAgency, Oba oba, ValueKind kind, KpiStanding.Status status, List<PeriodView> periods) {
        static KpiView of(KpiStanding s) {
            Kpi k = s.kpi();
            return new KpiView(k.number(), k.measure(), k.counted(), k.theme(), k.ownerAgency(), k.ownerPerson(),
                    k.frequency() == null ? null : k.frequency().wording(), k.yearStartMonth(), k.target(), k.direction(),
                    k.baseline(), k.byAgency(), k.oba(), k.kind(), s.status(), s.periods().stream()
                    .map(f -> new PeriodView(f.period().label(), f.period().start(), f.period().end(), f.value(), f.parts(),
                            f.rag(), f.enteredAt())).toList());
        }
    }

    @Operation(summary = "A plan's measures: targets, values per closed period (newest first), RAG against target",
            description = "status: DUE or OVERDUE when the latest closed period has no value yet.")
    @Get("/plans/{id}/kpis")
    List<KpiView> list(long id) {
        return kpis.standings(id, today(id)).stream().map(KpiView::of).toList();
    }

    @Get("/plans/{id}/kpis/{number}")
    KpiView one(long id, int number) {
        return KpiView.of(kpis.standing(kpis.numbered(id, number), today(id)));
    }

    @Operation(summary = "Every value entry of a measure, newest first (corrections included)")
    @Get("/plans/{id}/kpis/{number}/values")
    List<KpiValue> values(long id, int number) {
        return kpis.history(kpis.numbered(id, number).id());
    }

    @Operation(summary = "Add a measure to a plan", description = "Fields as in the plan file's kpis section.")
    @Post("/plans/{id}/kpis")
    HttpResponse<KpiView> add(long id, @Body EditingKpis.Changes changes, Principal caller) {
        Kpi added = editing.add(id, changes, Actor.api(caller.getName()));
        return HttpResponse.status(HttpStatus.CREATED).body(one(id, added.number()));
    }

    @Operation(summary = "Change a measure", description = "Only the fields sent change; \"\" clears an optional one.")
    @Put("/plans/{id}/kpis/{number}")
    KpiView change(long id, int number, @Body EditingKpis.Changes changes, Principal caller) {
        editing.change(id, number, changes, Actor.api(caller.getName()));
        return one(id, number);
    }

    /** {"value": "42", "period": "Q2", "note": "…"}; period defaults to the latest closed one. */
    record ValueRequest(String value, @Nullable String period, @Nullable String note) {
    }

    @Operation(summary = "Give a value as the admin token's owner (an owner of the measure or a coordinator)")
    @Post("/plans/{id}/kpis/{number}/values")
    HttpResponse<KpiValue> give(long id, int number, @Body ValueRequest request, Principal caller) {
        Actor actor = Actor.api(caller.getName());
        if (!actor.isPerson()) {
            throw new NotAllowed("values are recorded as the person giving them, and CSE_ADMIN_TOKEN belongs to no one:"
                    + " send it with a token of their own (POST /api/admin-tokens {\"owner\": \"<their email>\"})");
        }
        RecordingKpiValues.Recorded recorded = recording.record(new RecordKpiValue(id, number, request.period(),
                request.value(), request.note(), actor));
        return HttpResponse.status(HttpStatus.CREATED).body(recorded.entry());
    }

    @Get("/boards/{slug}/kpi-settings")
    KpiSettings showSettings(String slug) {
        return settings.of(boards.find(slug).id());
    }

    @Operation(summary = "Set how a board collects values",
            description = "remindAfterDays, escalateAfterDays (working days after the request), suppressBelow (counts"
                    + " below it read \"fewer than N\" wherever others can see them; default 5).")
    @Put("/boards/{slug}/kpi-settings")
    KpiSettings saveSettings(String slug, @Body KpiSettingsStore.Changes changes, Principal caller) {
        return settings.save(boards.find(slug).id(), changes, Actor.api(caller.getName()));
    }

    private LocalDate today(long planId) {
        PlanInfo plan = finding.plan(planId);
        return LocalDate.now(clock.withZone(plan.timeZone()));
    }
}
