package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.util.List;

/**
 * The open actions no one would be chased about: no lead person, and no person with role lead in any
 * of their lead agencies ("MASE Chair", "Police"). Adding such a person to the board (with that agency)
 * is what makes the plan chase them.
 */
@Singleton
public class FindingUnchasedActions {
    private final Jdbc jdbc;

    FindingUnchasedActions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An action with its lead agencies as written, so the board manager sees who to add. */
    public record Unchased(String ref, String text, List<String> leadAgencies) {
    }

    @ReadOnly
    public List<Unchased> in(long planId) {
        return jdbc.list("""
                SELECT a.ref, a.text, (SELECT GROUP_CONCAT(g.name ORDER BY g.name SEPARATOR '\\n') FROM action_lead_agency ala
                                       JOIN agency g ON g.id = ala.agency_id WHERE ala.action_id = a.id) AS agencies
                FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND pu.rag_after <> 'COMPLETE'
                  AND NOT EXISTS (SELECT 1 FROM action_lead_person alp WHERE alp.action_id = a.id)
                  AND NOT EXISTS (SELECT 1 FROM action_lead_agency ala JOIN person p ON p.agency_id = ala.agency_id
                                  WHERE ala.action_id = a.id AND p.role = 'LEAD')
                ORDER BY a.position""",
                rs -> new Unchased(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? List.of() : List.of(rs.getString(3).split("\n"))), planId);
    }

    public int count(long planId) {
        return in(planId).size();
    }
}
