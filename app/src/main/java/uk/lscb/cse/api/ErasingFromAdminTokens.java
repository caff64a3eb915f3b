package uk.lscb.cse.api;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.time.Clock;
import java.util.Locale;

/**
 * Admin tokens belong to no board. A person erased from their last board loses theirs: live tokens
 * are revoked (an erased person cannot act), and the tokens and the audit entries of no board name
 * the pseudonym instead of them. Someone still one of another board's people keeps both.
 */
@Singleton
class ErasingFromAdminTokens implements PersonalData {
    private final Jdbc jdbc;
    private final Audit audit;
    private final Clock clock;

    ErasingFromAdminTokens(Jdbc jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void erase(Erasure erasure) {
        String email = erasure.person().email().toLowerCase(Locale.ROOT);
        boolean elsewhere = jdbc.one("SELECT COUNT(*) FROM person WHERE email = ? AND id <> ?",
                rs -> rs.getInt(1) > 0, email, erasure.person().id()).orElse(false);
        if (elsewhere) {
            erasure.changed("adminTokens", 0);
            return;
        }
        String pseudonym = erasure.pseudonym();
        int tokens = jdbc.update("""
                UPDATE admin_token SET owner = ?, revoked_at = COALESCE(revoked_at, ?), revoked_by = COALESCE(revoked_by, 'erasure')
                WHERE owner = ?""", pseudonym, clock.instant(), email);
        jdbc.update("UPDATE admin_token SET created_by = ? WHERE LOWER(created_by) = ?", pseudonym, email);
        jdbc.update("UPDATE admin_token SET revoked_by = ? WHERE LOWER(revoked_by) = ?", pseudonym, email);
        erasure.changed("adminTokens", tokens);
        erasure.changed("auditEntries", audit.pseudonymise(null, email, erasure.mentions(), erasure::scrub));
    }
}
