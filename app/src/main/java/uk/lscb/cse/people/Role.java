package uk.lscb.cse.people;

/** A lead delivers actions; a coordinator (the board manager) may update any action and is told what slips. */
public enum Role {
    LEAD, COORDINATOR
}
