package uk.lscb.cse.notify;

/** What a delivery is. */
public enum NoticeKind {
    /** Past its due date and not complete: to each lead. */
    OVERDUE,
    /** Due within the board's reminder days: to each lead. */
    DUE_SOON,
    /** No update for the board's stale days: to each lead. */
    STALE,
    /** An ongoing action reached its review date: to each lead. */
    REVIEW,
    /** An overdue alert unanswered for the board's escalation days: to each coordinator. */
    ESCALATION,
    /** The weekly digest's summary, to the board's channel. */
    DIGEST,
    /** One action line of the weekly digest, its own message so it can be replied to in its thread. */
    DIGEST_LINE,
    /** A measure's period closed with no value: to its owner. */
    KPI_REQUEST,
    /** A value request unanswered for the board's KPI reminder days: to its owner again. */
    KPI_REMINDER,
    /** A value request unanswered for the board's KPI escalation days: to each coordinator. */
    KPI_ESCALATION
}
