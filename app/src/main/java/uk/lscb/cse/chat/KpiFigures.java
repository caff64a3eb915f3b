package uk.lscb.cse.chat;

import uk.lscb.cse.kpi.Kpi;
import uk.lscb.cse.kpi.PeriodFigure;
import uk.lscb.cse.kpi.SmallNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A period's figure in words for one reader: exact for the owner and coordinators in private, else
 * through the board's {@link SmallNumbers} rule, parts and all, with no RAG or trend that would give
 * a suppressed count away. Every KPI wording (replies, notices) goes through here.
 */
public record KpiFigures(boolean exact, SmallNumbers rule) {

    /** "21 · 🟢 Green", "fewer than 5", "no value yet"; for a measure split by agency, its parts after. */
    public String figure(Kpi kpi, PeriodFigure f) {
        if (!f.given()) {
            return "no value yet";
        }
        if (kpi.byAgency() && !f.parts().isEmpty()) {
            List<BigDecimal> values = new ArrayList<>(f.parts().values());
            List<SmallNumbers.Shown> shown = exact ? null : rule.totalAndParts(f.value(), values, kpi.kind());
            List<String> parts = new ArrayList<>();
            int i = 1;
            for (Map.Entry<String, BigDecimal> part : f.parts().entrySet()) {
                parts.add(part.getKey() + " " + (exact ? kpi.kind().format(part.getValue()) : shown.get(i).text()));
                i++;
            }
            boolean totalShown = exact || shown.get(0).exact();
            return (exact ? kpi.kind().format(f.value()) : shown.get(0).text()) + rag(f, totalShown) + " ("
                    + String.join(" · ", parts) + ")";
        }
        SmallNumbers.Shown shown = exact ? new SmallNumbers.Shown(kpi.kind().format(f.value()), true)
                : rule.one(f.value(), kpi.kind());
        return shown.text() + rag(f, shown.exact());
    }

    /** ↑ ↓ → against the previous period with a value, only when both are shown exactly. */
    public String trend(Kpi kpi, PeriodFigure now, PeriodFigure before) {
        if (before == null || !now.given() || !before.given() || !shownExactly(kpi, now) || !shownExactly(kpi, before)) {
            return "";
        }
        int c = now.value().compareTo(before.value());
        return c > 0 ? " ↑" : c < 0 ? " ↓" : " →";
    }

    private boolean shownExactly(Kpi kpi, PeriodFigure f) {
        if (exact) {
            return true;
        }
        if (kpi.byAgency() && !f.parts().isEmpty()) {
            return rule.totalAndParts(f.value(), new ArrayList<>(f.parts().values()), kpi.kind()).get(0).exact();
        }
        return rule.one(f.value(), kpi.kind()).exact();
    }

    private static String rag(PeriodFigure f, boolean shown) {
        return f.rag() == null || !shown ? "" : " · " + Words.rag(f.rag());
    }
}
