package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.TimescaleColumns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An action row as a plan file gives it, written the same way by an import and by a revision's added actions. */
final class ActionRows {
    private ActionRows() {
    }

    static long insert(Jdbc jdbc, long planId, long themeId, Long objectiveId, int position, PlanDraft.Action a) {
        // Arrays.asList, not List.of: objective, how and outcomes may be null.
        List<Object> values = new ArrayList<>(Arrays.asList(planId, themeId, objectiveId, position, a.ref(), a.refGenerated(),
                a.text(), a.how(), a.outcomes(), a.priority()));
        values.addAll(TimescaleColumns.values(a.timescale()));
        return jdbc.insert("INSERT INTO action (plan_id, theme_id, objective_id, position, ref, ref_generated, text, how,"
                + " outcomes, priority, " + TimescaleColumns.names() + ") VALUES (" + Jdbc.marks(values.size()) + ")",
                values.toArray());
    }
}
