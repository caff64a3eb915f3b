package uk.lscb.cse.chat;

import java.util.List;

/** The command language, as both platforms list it in help (Slack prefixes "/cse "). */
public final class HelpText {
    public record Line(String syntax, String what) {
    }

    public static final List<Line> LINES = List.of(
            new Line("status", "the plan at a glance: RAG counts, themes, overdue, not updated for 28 days, priorities, no one to chase"),
            new Line("status 2.3", "one action: leads, timescale, RAG, last updates and buttons (add share to post it for the channel)"),
            new Line("status @person", "the actions a person leads"),
            new Line("status Police", "the actions an agency leads"),
            new Line("mine", "the actions you lead, by name or through your agency"),
            new Line("overdue", "actions past their due date and not complete"),
            new Line("update 2.3 amber waiting on police data", "set the RAG (red, amber, green, done) with a note"),
            new Line("note 2.3 venue booked for March", "add a progress note, RAG unchanged"),
            new Line("history 2.3", "every update to an action, newest first"),
            new Line("due 2.3 March 2026 waiting on the new contract", "move a due date, saying why (each move counts as a slip)"),
            new Line("lead 2.3 add @person", "add a lead (or remove @person; an agency by name: lead 2.3 add Police)"),
            new Line("priority 2.3 on", "make an action a top priority (off to clear)"),
            new Line("kpi", "the plan's measures you own and which values are due"),
            new Line("kpi 3", "one measure: its last periods with target and trend"),
            new Line("kpi 3 42", "give measure 3's value for its latest closed period (kpi 3 Q2 42 for an earlier one; add note … to explain)"),
            new Line("pause 2025-08-31", "no alerts or reminders for you until the end of that day (leave)"),
            new Line("resume", "alerts and reminders again"),
            new Line("report 2016-01-01 2016-03-31", "coordinators: the board report (PDF) for a period, sent to you"
                    + " privately; with no dates, since the last report"),
            new Line("help", "this list"));

    private HelpText() {
    }
}
