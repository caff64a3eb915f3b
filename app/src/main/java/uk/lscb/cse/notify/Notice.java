package uk.lscb.cse.notify;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import uk.lscb.cse.plan.Rag;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * What the plan tells someone, composed once, platform-neutral, and stored in the delivery ledger
 * as JSON so a retry sends exactly what was decided. Carries refs, action text, RAG, leads and
 * dates: never a progress note, since digests go to channels.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Notice.ActionAlert.class, name = "alert"),
        @JsonSubTypes.Type(value = Notice.Escalation.class, name = "escalation"),
        @JsonSubTypes.Type(value = Notice.Digest.class, name = "digest"),
        @JsonSubTypes.Type(value = Notice.DigestLine.class, name = "digest-line"),
        @JsonSubTypes.Type(value = Notice.KpiRequest.class, name = "kpi-request"),
        @JsonSubTypes.Type(value = Notice.KpiEscalation.class, name = "kpi-escalation"),
        @JsonSubTypes.Type(value = Notice.BoardReportDue.class, name = "board-report"),
        @JsonSubTypes.Type(value = Notice.UpdateBeforeReport.class, name = "update-before-report")})
public sealed interface Notice {
    <T> T accept(Visitor<T> visitor);

    /** One method per notice, so a new notice does not compile until it is worded for chat. */
    interface Visitor<T> {
        T alert(ActionAlert alert);

        T escalation(Escalation escalation);

        T digest(Digest digest);

        T digestLine(DigestLine line);

        T kpiRequest(KpiRequest request);

        T kpiEscalation(KpiEscalation escalation);

        T boardReport(BoardReportDue report);

        T updateBeforeReport(UpdateBeforeReport reminder);
    }

    DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private static String dayCount(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** The action a notice is about, as a list names it. */
    record ActionRef(long planId, String ref, String text, Rag rag, List<String> leads, String timescale) {
    }

    /**
     * To a lead: OVERDUE ({@code days} late), DUE_SOON (due in {@code days}), STALE ({@code days}
     * since the last update), REVIEW (ongoing, review date {@code date}).
     */
    record ActionAlert(NoticeKind kind, String board, ActionRef action, LocalDate date, int days, String to) implements Notice {
        /** What happened, worded once for every platform: "1.1 is 107 days overdue (due 30 Sep 2015)". */
        public String headline() {
            String ref = action.ref();
            return switch (kind) {
                case OVERDUE -> ref + " is " + dayCount(days) + " overdue (due " + DAY.format(date) + ")";
                case DUE_SOON -> ref + " is due " + (days == 0 ? "today" : "in " + dayCount(days)) + " (" + DAY.format(date) + ")";
                case STALE -> ref + " has had no update for " + dayCount(days) + " (last " + DAY.format(date) + ")";
                case REVIEW -> ref + " (ongoing) is due for review (" + DAY.format(date) + ")";
                default -> ref;
            };
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.alert(this);
        }

        public String greeting() {
            return "Hi " + to + ", you lead this action on " + board + "'s plan.";
        }
    }

    /** To a coordinator: an overdue alert sent to {@code alerted} on {@code alertedOn} has had no answer. */
    record Escalation(String board, ActionRef action, LocalDate due, int daysLate, List<String> alerted,
                      LocalDate alertedOn, int workingDays) implements Notice {
        public String headline() {
            return action.ref() + " is " + dayCount(daysLate) + " overdue and its alert has had no answer";
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.escalation(this);
        }

        public String detail() {
            return "Alerted " + String.join(", ", alerted) + " on " + DAY.format(alertedOn) + "; no update after "
                    + workingDays + " working days.";
        }
    }

    /**
     * The weekly digest: counts now and a week ago, how many items each section has, and the first
     * {@code linesShown} of them. They are in {@code lines} when the digest is one message (replies
     * in its thread name the action by ref); when {@code lines} is empty they follow as messages of
     * their own. The rest are counted, not listed.
     */
    record Digest(String board, long planId, String planTitle, LocalDate weekOf, Map<Rag, Integer> byRag,
                  Map<Rag, Integer> weekAgo, int moves, int newlyOverdue, int priorityNotGreen, int unanswered,
                  int linesShown, int completed, List<DigestLine> lines, KpiDigest kpis, int slipped) implements Notice {
        public Digest {
            // Digests stored before lines and completions were counted read as the per-line kind.
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        /** A digest without a measures section or slips (plans without measures, digests stored before they had them). */
        public Digest(String board, long planId, String planTitle, LocalDate weekOf, Map<Rag, Integer> byRag,
                      Map<Rag, Integer> weekAgo, int moves, int newlyOverdue, int priorityNotGreen, int unanswered,
                      int linesShown, int completed, List<DigestLine> lines) {
            this(board, planId, planTitle, weekOf, byRag, weekAgo, moves, newlyOverdue, priorityNotGreen, unanswered,
                    linesShown, completed, lines, null, 0);
        }

        /** A digest with a measures section and no slips counted. */
        public Digest(String board, long planId, String planTitle, LocalDate weekOf, Map<Rag, Integer> byRag,
                      Map<Rag, Integer> weekAgo, int moves, int newlyOverdue, int priorityNotGreen, int unanswered,
                      int linesShown, int completed, List<DigestLine> lines, KpiDigest kpis) {
            this(board, planId, planTitle, weekOf, byRag, weekAgo, moves, newlyOverdue, priorityNotGreen, unanswered,
                    linesShown, completed, lines, kpis, 0);
        }

        /** A digest whose lines follow as their own messages. */
        public Digest withoutLines() {
            return new Digest(board, planId, planTitle, weekOf, byRag, weekAgo, moves, newlyOverdue, priorityNotGreen,
                    unanswered, linesShown, completed, List.of(), kpis, slipped);
        }

        public String title() {
            return "Weekly digest: " + board + ", week of " + DAY.format(weekOf);
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.digest(this);
        }

        /** Items counted in the sections, shown or not. */
        public int listed() {
            return newlyOverdue + unanswered + moves + priorityNotGreen;
        }
    }

    /** One line of the digest: {@code section} is why it is listed, {@code detail} says what happened. */
    record DigestLine(Section section, ActionRef action, String detail) implements Notice {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.digestLine(this);
        }

        public String summary() {
            return section.title + ": " + action.ref() + " " + action.text();
        }
    }

    enum Section {
        NEWLY_OVERDUE("Newly overdue"), UNANSWERED("Alerts unanswered"), MOVED("RAG moves this week"),
        PRIORITY("Top priority, not green");

        public final String title;

        Section(String title) {
            this.title = title;
        }
    }

    /** The measure a value notice is about. {@code decimals}: not a count. */
    record MeasureRef(long kpiId, long planId, int number, String measure, String owner, boolean decimals) {
    }

    /**
     * To a measure's owner: KPI_REQUEST when {@code period} closed ({@code closed} its last day) with no
     * value, KPI_REMINDER when the request has had no answer for {@code workingDays}.
     */
    record KpiRequest(NoticeKind kind, String board, MeasureRef measure, String period, LocalDate closed, int workingDays,
                      String to) implements Notice {
        public String headline() {
            return kind == NoticeKind.KPI_REMINDER
                    ? "Reminder: measure " + measure.number() + " still needs its value for " + period
                    : "Measure " + measure.number() + " needs its value for " + period;
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.kpiRequest(this);
        }
    }

    /** To a coordinator: the request for {@code period} sent to {@code asked} on {@code askedOn} has had no value. */
    record KpiEscalation(String board, MeasureRef measure, String period, List<String> asked, LocalDate askedOn,
                         int workingDays) implements Notice {
        public String headline() {
            return "Measure " + measure.number() + " has no value for " + period + " and its owner has not answered";
        }

        public String detail() {
            return "Asked " + String.join(", ", asked) + " on " + DAY.format(askedOn) + "; no value after " + workingDays
                    + " working days.";
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.kpiEscalation(this);
        }
    }

    /**
     * The digest's measures: values given this week and measures overdue for one, with the figures as
     * they stand. The digest goes to a channel: its wording applies the small-number rule with the
     * board's threshold {@code suppressBelow}.
     */
    record KpiDigest(int suppressBelow, List<KpiLine> entered, List<KpiLine> overdue) {
        public boolean isEmpty() {
            return entered.isEmpty() && overdue.isEmpty();
        }
    }

    record KpiLine(uk.lscb.cse.kpi.Kpi kpi, uk.lscb.cse.kpi.PeriodFigure figure) {
    }

    /**
     * To a coordinator: the board report up to {@code to} for the meeting on {@code meeting}. The file
     * itself is made and attached by the platform when it sends (Slack: into the DM; Teams: a link).
     */
    record BoardReportDue(String board, long planId, LocalDate meeting, LocalDate from, LocalDate to) implements Notice {
        public String headline() {
            return "Board report for the meeting on " + DAY.format(meeting);
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.boardReport(this);
        }
    }

    /** To a lead, a week before the report goes: their actions with no update since {@code since}. */
    record UpdateBeforeReport(String board, LocalDate meeting, LocalDate reportOn, LocalDate since,
                              List<ActionRef> actions, String to) implements Notice {
        public String headline() {
            return "Please update before the board report on " + DAY.format(reportOn);
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.updateBeforeReport(this);
        }
    }
}
