package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.Timescale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A plan file that has been read and checked: ready to store in one transaction. */
public record PlanDraft(String title, LocalDate periodStart, LocalDate periodEnd, String reviewCadence,
                        List<PlanDocument.Recommendation> recommendations, List<Theme> themes, List<Kpi> kpis) {

    public record Theme(String name, String aim, List<Action> actions) {
    }

    public record Action(String ref, boolean refGenerated, String objective, String text, String how,
                         String outcomes, List<Lead> leads, Timescale timescale, Rag rag, String ragWording,
                         String progress, boolean priority, List<String> reviewRefs) {
    }

    /** An agency by name, or a person of the board by email. */
    public record Lead(String agency, String email) {
        public boolean isPerson() {
            return email != null;
        }
    }

    /**
     * A checked measure: {@code themePosition} (1-based) or null; enum-valued fields hold the database's
     * names (QUARTERLY, HIGHER, HOW_WELL, COUNT).
     */
    public record Kpi(String measure, String counted, Integer themePosition, String ownerAgency, String ownerEmail,
                      String periodType, int yearStartMonth, BigDecimal target, String direction, BigDecimal baseline,
                      boolean byAgency, String oba, String kind, Map<String, BigDecimal> values) {
    }

    public int actionCount() {
        return themes.stream().mapToInt(t -> t.actions().size()).sum();
    }
}
