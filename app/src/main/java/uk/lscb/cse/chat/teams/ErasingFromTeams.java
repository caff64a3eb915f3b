package uk.lscb.cse.chat.teams;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.util.Locale;

/**
 * An erased person's Teams records go: their conversation reference (their personal chat with the
 * bot, by Azure AD id and email), and the record of what was sent there (by delivery key, which
 * names them). Found through the ledger's rows to them, so this runs before the ledger is rewritten.
 */
@Singleton
class ErasingFromTeams implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromTeams(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public void erase(Erasure erasure) {
        erasure.changed("teamsSent", jdbc.update("""
                DELETE s FROM teams_sent s JOIN delivery d ON d.dedupe_key = s.delivery_key
                WHERE d.board_id = ? AND d.person_id = ?""", erasure.board().id(), erasure.person().id()));
        String tenant = erasure.board().teamsTenantId();
        erasure.changed("teamsConversations", tenant == null ? 0 : jdbc.update(
                "DELETE FROM teams_conversation WHERE tenant_id = ? AND kind = 'PERSON' AND LOWER(email) = ?",
                tenant, erasure.person().email().toLowerCase(Locale.ROOT)));
    }
}
