package uk.lscb.cse.plan.editing;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a board lets leads change on their own actions; coordinators may change anything. By default
 * a lead may move a due date (they know first when it will slip, and each move is kept and counted)
 * but not re-assign leads or priority, which are the board's decisions.
 */
@Singleton
public class EditRules {
    public enum LeadsMay {
        NOTHING, DUE, ALL;

        public static LeadsMay read(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Invalid("leadsMay '" + text + "' is not one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT)
                        + ": nothing, due (move due dates of their own actions; the default) or all (due dates, leads and priority)");
            }
        }

        /** Who may move a due date ({@code due}) or change leads and priority, for a refusal to name. */
        public String who(boolean due, String ref) {
            boolean leads = this == ALL || this == DUE && due;
            return leads ? "a coordinator or a lead of " + ref : "only a coordinator";
        }
    }

    private final Jdbc jdbc;
    private final Audit audit;

    EditRules(Jdbc jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ReadOnly
    public LeadsMay of(long boardId) {
        return jdbc.one("SELECT leads_may FROM board_edit_rule WHERE board_id = ?", rs -> LeadsMay.valueOf(rs.getString(1)),
                boardId).orElse(LeadsMay.DUE);
    }

    @Transactional
    public LeadsMay set(long boardId, LeadsMay rule, Actor actor) {
        LeadsMay before = of(boardId);
        jdbc.update("""
                INSERT INTO board_edit_rule (board_id, leads_may) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE leads_may = VALUES(leads_may)""", boardId, rule.name());
        if (before != rule) {
            audit.record(boardId, "board", boardId, "edit-rule", before.name(), rule.name(), actor);
        }
        return rule;
    }
}
