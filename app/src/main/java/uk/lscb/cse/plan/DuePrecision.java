package uk.lscb.cse.plan;

/** How exact a due date is: a day, a month (due at its end), ongoing, or no date at all. */
public enum DuePrecision {
    DAY, MONTH, ONGOING, NONE
}
