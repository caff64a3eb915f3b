package uk.lscb.cse.people;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

/** A board's agencies by name; a lead or person naming a new agency adds it. */
@Singleton
public class Agencies {
    private final Jdbc jdbc;

    Agencies(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency's id, adding it if the board has none of that name (names compare case-insensitively). */
    public long idFor(long boardId, String name) {
        return jdbc.one("SELECT id FROM agency WHERE board_id = ? AND name = ?", rs -> rs.getLong(1), boardId, name)
                .orElseGet(() -> jdbc.insert("INSERT INTO agency (board_id, name) VALUES (?, ?)", boardId, name));
    }
}
