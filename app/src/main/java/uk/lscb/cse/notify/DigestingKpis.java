package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import uk.lscb.cse.kpi.FindingKpis;
import uk.lscb.cse.kpi.KpiSettingsStore;
import uk.lscb.cse.kpi.KpiStanding;
import uk.lscb.cse.kpi.KpiValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The weekly digest's measures: the periods given a value this week, and the measures overdue for one. */
@Singleton
class DigestingKpis {
    private final FindingKpis kpis;
    private final KpiSettingsStore settings;

    DigestingKpis(FindingKpis kpis, KpiSettingsStore settings) {
        this.kpis = kpis;
        this.settings = settings;
    }

    /** Null when the plan has no measures. */
    Notice.KpiDigest of(long boardId, long planId, Instant from, Instant to, LocalDate today) {
        List<KpiStanding> standings = kpis.standings(planId, today);
        if (standings.isEmpty()) {
            return null;
        }
        Map<Long, KpiStanding> byId = standings.stream().collect(Collectors.toMap(s -> s.kpi().id(), Function.identity()));
        // Each period once, however many entries (parts, corrections) it had this week.
        Set<String> seen = new LinkedHashSet<>();
        List<Notice.KpiLine> entered = new ArrayList<>();
        for (KpiValue v : kpis.enteredBetween(planId, from, to)) {
            KpiStanding s = byId.get(v.kpiId());
            if (s == null || !seen.add(v.kpiId() + "|" + v.period())) {
                continue;
            }
            s.periods().stream().filter(f -> f.period().label().equals(v.period())).findFirst()
                    .ifPresent(f -> entered.add(new Notice.KpiLine(s.kpi(), f)));
        }
        List<Notice.KpiLine> overdue = standings.stream().filter(s -> s.status() == KpiStanding.Status.OVERDUE)
                .map(s -> new Notice.KpiLine(s.kpi(), s.latest().orElseThrow())).toList();
        return new Notice.KpiDigest(settings.of(boardId).suppressBelow(), entered, overdue);
    }
}
