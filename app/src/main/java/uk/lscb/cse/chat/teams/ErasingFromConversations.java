package uk.lscb.cse.chat.teams;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.util.Locale;

/** An erased person's conversation reference (their personal chat with the bot, by Azure AD id and email) goes. */
@Singleton
class ErasingFromConversations implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromConversations(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(Erasure erasure) {
        String tenant = erasure.board().teamsTenantId();
        erasure.changed("teamsConversations", tenant == null ? 0 : jdbc.update(
                "DELETE FROM teams_conversation WHERE tenant_id = ? AND kind = 'PERSON' AND LOWER(email) = ?",
                tenant, erasure.person().email().toLowerCase(Locale.ROOT)));
    }
}
