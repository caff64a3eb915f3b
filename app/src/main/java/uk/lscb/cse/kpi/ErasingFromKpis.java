package uk.lscb.cse.kpi;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An erased person in the measures: values they gave stay, by the pseudonym (without the id of their
 * direct chat with the bot), notes naming them name the pseudonym, and measures they owned by name
 * keep only their agency.
 */
@Singleton
class ErasingFromKpis implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromKpis(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private record Entry(long id, String author, Source source, String channel, String note) {
    }

    @Override
    public void erase(Erasure erasure) {
        String email = erasure.person().email().toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>(List.of(erasure.board().id(), email));
        String mentioned = Jdbc.containsAny(List.of("v.note"), erasure.mentions(), params);
        List<Entry> entries = jdbc.list("""
                SELECT v.id, v.author, v.source, v.channel, v.note FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id
                JOIN plan p ON p.id = k.plan_id
                WHERE p.board_id = ? AND (LOWER(v.author) = ?""" + " OR " + mentioned + ") FOR UPDATE",
                rs -> new Entry(rs.getLong(1), rs.getString(2), Source.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5)), params.toArray());
        int given = 0;
        for (Entry entry : entries) {
            boolean theirs = entry.author().equalsIgnoreCase(email);
            String note = erasure.scrub(entry.note());
            jdbc.update("UPDATE kpi_value SET author = ?, channel = ?, note = ? WHERE id = ?",
                    theirs ? erasure.pseudonym() : entry.author(),
                    theirs && entry.source().isDirectChat(entry.channel()) ? null : entry.channel(), note, entry.id());
            given += theirs || !Objects.equals(note, entry.note()) ? 1 : 0;
        }
        int owned = jdbc.update("UPDATE kpi SET owner_person_id = NULL WHERE owner_person_id = ?", erasure.person().id());
        // Only what changed is listed: most people never gave a value.
        if (given > 0) {
            erasure.changed("kpiValues", given);
        }
        if (owned > 0) {
            erasure.changed("measuresOwned", owned);
            erasure.note(owned == 1 ? "A measure they owned by name is now owned by its agency only: name a new owner"
                    + " with PUT /api/plans/{id}/kpis/{number}" : owned + " measures they owned by name are now owned by their"
                    + " agencies only: name new owners with PUT /api/plans/{id}/kpis/{number}");
        }
    }
}
