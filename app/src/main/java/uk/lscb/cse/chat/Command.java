package uk.lscb.cse.chat;

import uk.lscb.cse.plan.Rag;

/** What a person asked the bot to do, whichever chat platform they typed it on. */
public sealed interface Command {
    /** The command aimed at the actions of {@code plan}: only updates carry a plan; others are unchanged. */
    static Command inPlan(Command command, long plan) {
        if (command instanceof Update update) {
            return update.inPlan(plan);
        }
        return command instanceof Note note ? note.inPlan(plan) : command;
    }

    record Help() implements Command {
    }

    record PlanStatus() implements Command {
    }

    /** One action; {@code share} posts it to the channel (refs, titles, RAG and leads only). */
    record ActionStatus(String ref, boolean share) implements Command {
    }

    /** The actions of a person named by a platform mention (a Slack user id, a Teams AAD id). */
    record PersonStatus(String platformUserId) implements Command {
    }

    record AgencyStatus(String agency) implements Command {
    }

    record Mine() implements Command {
    }

    record Overdue() implements Command {
    }

    /**
     * A new RAG with an optional note. {@code planId} is the plan the person saw the action in (a
     * button, a card, a thread); null for a typed command, which means the current plan.
     */
    record Update(String ref, Rag rag, String note, Long planId) implements Command {
        public Update(String ref, Rag rag, String note) {
            this(ref, rag, note, null);
        }

        public Update inPlan(long plan) {
            return new Update(ref, rag, note, plan);
        }
    }

    record Note(String ref, String note, Long planId) implements Command {
        public Note(String ref, String note) {
            this(ref, note, null);
        }

        public Note inPlan(long plan) {
            return new Note(ref, note, plan);
        }
    }

    record History(String ref) implements Command {
    }

    /** No alerts or digest mentions for the asker until {@code until} (inclusive): leave. */
    record Pause(java.time.LocalDate until) implements Command {
    }

    record Resume() implements Command {
    }

    /** The board report for a period (dates as typed, either may be null for the defaults), for coordinators. */
    record Report(String from, String to) implements Command {
    }

    /** A change to an action itself rather than its progress: its timescale, leads or priority. */
    sealed interface Edit extends Command {
        String ref();
    }

    /** "due 2.3 March 2026 waiting on the new contract": {@code text} is the new timescale, then why. */
    record MoveDue(String ref, String text) implements Edit {
    }

    /** A lead added or removed: a person by platform mention ({@code mention}), or an agency by name. */
    record ChangeLead(String ref, boolean add, String who, boolean mention, String reason) implements Edit {
    }

    record SetPriority(String ref, boolean on, String reason) implements Edit {
    }

    /** "kpi": the measures the asker owns (all of them for a coordinator) and what is due. */
    record KpiList() implements Command {
    }

    /** "kpi 3": one measure's last periods with target and trend. */
    record KpiShow(int number) implements Command {
    }

    /**
     * "kpi 3 42", "kpi 3 Q2 42 note …": a value as typed ({@code period} null for the latest closed one).
     * {@code planId} is the plan of the request it answers (a button, a card, a thread); null for the current plan.
     */
    record KpiGive(int number, String period, String value, String note, Long planId) implements Command {
        public KpiGive(int number, String period, String value, String note) {
            this(number, period, value, note, null);
        }
    }

    /** Text the parser could not read; {@code hint} says what would work. */
    record Unreadable(String hint) implements Command {
    }
}
