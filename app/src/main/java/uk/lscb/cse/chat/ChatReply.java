package uk.lscb.cse.chat;

import uk.lscb.cse.kpi.KpiStanding;
import uk.lscb.cse.kpi.RecordingKpiValues;
import uk.lscb.cse.kpi.SmallNumbers;
import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.PlanSummary;
import uk.lscb.cse.plan.ProgressEntry;

import java.util.List;

/**
 * What the bot answers, before it is worded for an audience ({@link ReplyViews}) and rendered by a
 * platform. {@code footnote} is a line for the asker (e.g. how to get linked). Each reply takes a
 * {@link Visitor}, so a new reply does not compile until it is worded.
 */
public sealed interface ChatReply {
    String footnote();

    <T> T accept(Visitor<T> visitor);

    interface Visitor<T> {
        T message(Message message);

        T help(Help help);

        T planStatus(PlanStatus status);

        T actionDetail(ActionDetail detail);

        T actionList(ActionList list);

        T updated(Updated updated);

        T history(History history);

        T shared(Shared shared);

        T report(Report report);
        T kpiList(KpiList list);

        T kpiDetail(KpiDetail detail);

        T kpiRecorded(KpiRecorded recorded);
        T edited(Edited edited);
    }

    /** A plain answer or refusal that says what to do next. */
    record Message(String text, String footnote) implements ChatReply {
        public Message(String text) {
            this(text, null);
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.message(this);
        }
    }

    /** @param ragDefinitions the board's own words for its RAG ratings ("Green: on track"), if it set any */
    record Help(String footnote, List<String> ragDefinitions) implements ChatReply {
        public Help(String footnote) {
            this(footnote, List.of());
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.help(this);
        }
    }

    /** {@code kpis}: how many of the plan's measures are due or overdue for a value; null when not counted. */
    record PlanStatus(PlanSummary summary, KpiCounts kpis, String footnote) implements ChatReply {
        public PlanStatus(PlanSummary summary, String footnote) {
            this(summary, null, footnote);
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.planStatus(this);
        }
    }

    /**
     * One action with its last updates; {@code share} when the asker wants it posted for everyone;
     * {@code slips}: how its due date has moved, or null when not asked.
     */
    record ActionDetail(ActionView action, List<ProgressEntry> recent, boolean share, String footnote,
                        ActionChanges.Slips slips) implements ChatReply {
        public ActionDetail(ActionView action, List<ProgressEntry> recent, boolean share, String footnote) {
            this(action, recent, share, footnote, null);
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.actionDetail(this);
        }
    }

    record ActionList(String title, List<ActionView> actions, String whenEmpty, String footnote) implements ChatReply {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.actionList(this);
        }
    }

    /** A saved update; {@code by} names who made it (a name, never an email). */
    record Updated(ActionView action, ProgressEntry entry, String by, String footnote) implements ChatReply {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.updated(this);
        }
    }

    /** Progress entries, and {@code changes} to the action itself (timescale, leads, priority, wording, ref). */
    record History(ActionView action, List<ProgressEntry> entries, String footnote, List<ActionChanges.Entry> changes)
            implements ChatReply {
        public History(ActionView action, List<ProgressEntry> entries, String footnote) {
            this(action, entries, footnote, List.of());
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.history(this);
        }
    }

    /**
     * The board report, produced for the asker: the adapter sends {@code file} to them privately and
     * answers with where it went ({@code link}: a download link, when the platform sent one).
     */
    record Report(ChatFile file, java.time.LocalDate from, java.time.LocalDate to, String link, String footnote)
            implements ChatReply {
        public Report sentAs(String link) {
            return new Report(file, from, to, link, footnote);
        }

        public <T> T accept(Visitor<T> visitor) {
            return visitor.report(this);
        }
    }

    /**
     * A changed timescale, lead or priority: {@code what} in words anyone may see (names, never
     * emails); {@code reason} is free text like a note, for the board's people in private only.
     */
    record Edited(ActionView action, String what, String reason, ActionChanges.Slips slips, String by, String footnote)
            implements ChatReply {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.edited(this);
        }
    }

    /** The asker's own confirmation that an action was posted for everyone, with how its thread works. */
    record Shared(ActionView action, String footnote) implements ChatReply {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.shared(this);
        }
    }

    /** The plan's measures that want a value: the status line. */
    record KpiCounts(int measures, int due, int overdue) {
    }

    /**
     * Measures and where they stand. {@code exact}: the reader may see exact values (they own these
     * measures or coordinate); a view for anyone else, or shared, applies {@code rule}.
     */
    record KpiList(String title, List<KpiStanding> standings, String whenEmpty, boolean exact, SmallNumbers rule,
                   String footnote) implements ChatReply {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.kpiList(this);
        }
    }

    /** One measure's last periods; {@code mayGive}: the reader may give its value (a number box is shown). */
    record KpiDetail(KpiStanding standing, boolean mayGive, boolean exact, SmallNumbers rule, String footnote)
            implements ChatReply {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.kpiDetail(this);
        }
    }

    /** A value saved; {@code by} names who gave it (a name, never an email). */
    record KpiRecorded(RecordingKpiValues.Recorded recorded, SmallNumbers rule, String footnote) implements ChatReply {
        public <T> T accept(Visitor<T> visitor) {
            return visitor.kpiRecorded(this);
        }
    }
}
