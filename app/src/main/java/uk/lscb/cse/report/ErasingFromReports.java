package uk.lscb.cse.report;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.util.Locale;

/**
 * An erased person in the reports' record: reports they asked for stay, by the pseudonym and without
 * the chat they asked from; download links made for them go (with the files they held).
 */
@Singleton
class ErasingFromReports implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromReports(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(Erasure erasure) {
        long boardId = erasure.board().id();
        String email = erasure.person().email().toLowerCase(Locale.ROOT);
        erasure.changed("reportsProduced", jdbc.update("""
                UPDATE board_report r JOIN plan p ON p.id = r.plan_id SET r.produced_by = ?, r.channel = NULL
                WHERE p.board_id = ? AND LOWER(r.produced_by) = ?""", erasure.pseudonym(), boardId, email));
        erasure.changed("reportLinks", jdbc.update("""
                DELETE d FROM report_download d JOIN plan p ON p.id = d.plan_id
                WHERE p.board_id = ? AND LOWER(d.person) = ?""", boardId, email));
    }
}
