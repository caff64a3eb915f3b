package uk.lscb.cse.kpi;

import uk.lscb.cse.plan.Rag;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A measure's value for one period as it stands: the latest entry (for a measure split by agency, the
 * total of each agency's latest part, with the parts), its RAG against target, and when it was last
 * entered. {@code value} is null when none has been given.
 */
public record PeriodFigure(KpiPeriod period, BigDecimal value, Map<String, BigDecimal> parts, Rag rag, Instant enteredAt) {
    public boolean given() {
        return value != null;
    }
}
