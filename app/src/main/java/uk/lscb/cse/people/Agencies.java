package uk.lscb.cse.people;

import jakarta.inject.Singleton;

/** A board's agencies by name; a lead or person naming a new agency adds it. */
@Singleton
public class Agencies {
    private final AgencyRepository agencies;

    Agencies(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** The agency's id, adding it if the board has none of that name (names compare case-insensitively). */
    public long idFor(long boardId, String name) {
        return named(boardId, name).id();
    }

    Agency named(long boardId, String name) {
        return agencies.findByBoardIdAndName(boardId, name).orElseGet(() -> agencies.save(new Agency(null, boardId, name)));
    }
}
