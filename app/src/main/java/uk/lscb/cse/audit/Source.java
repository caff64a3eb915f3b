package uk.lscb.cse.audit;

/** Where a change came from. */
public enum Source {
    IMPORT, API, SLACK, TEAMS
}
