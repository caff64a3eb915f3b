package uk.lscb.cse.chat;

import uk.lscb.cse.notify.Notice;
import uk.lscb.cse.notify.NoticeKind;
import uk.lscb.cse.plan.Rag;

import java.util.ArrayList;
import java.util.List;

/**
 * Words a {@link Notice} for chat, once for both platforms. Alerts and escalations go to one person
 * (private); the digest goes to the board's channel (shared). Notices never carry a progress note.
 */
public final class NoticeViews implements Notice.Visitor<ChatView> {
    /** Measures listed per digest section; a Teams card must stay small. */
    static final int KPI_LINES = 15;
    private final List<Part> parts = new ArrayList<>();

    private NoticeViews() {
    }

    public static ChatView view(Notice notice) {
        return notice.accept(new NoticeViews());
    }

    public ChatView alert(Notice.ActionAlert alert) {
        String emoji = switch (alert.kind()) {
            case OVERDUE -> "⚠️ ";
            case DUE_SOON -> "⏰ ";
            case STALE -> "⌛ ";
            case REVIEW -> "🔁 ";
            default -> "";
        };
        String headline = emoji + alert.headline();
        parts.add(new Part.Heading(headline));
        parts.add(new Part.Lines(List.of(Text.of(alert.greeting()))));
        action(alert.action());
        return new ChatView(headline, Audience.PRIVATE, parts);
    }

    public ChatView escalation(Notice.Escalation escalation) {
        String headline = "🚨 " + escalation.headline();
        parts.add(new Part.Heading(headline));
        parts.add(new Part.Lines(List.of(Text.of(escalation.detail()))));
        action(escalation.action());
        return new ChatView(headline, Audience.PRIVATE, parts);
    }

    public ChatView digest(Notice.Digest d) {
        parts.add(new Part.Heading(d.title()));
        parts.add(new Part.Lines(List.of(Text.bold(d.planTitle()))));
        List<Part.Fact> counts = new ArrayList<>();
        for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.COMPLETE, Rag.NOT_STARTED, Rag.NOT_RATED)) {
            int now = d.byRag().getOrDefault(rag, 0);
            counts.add(new Part.Fact(Words.rag(rag), Text.of(now + Words.change(now, d.weekAgo().getOrDefault(rag, 0)))));
        }
        counts.add(new Part.Fact("Completed this week", Text.of(String.valueOf(d.completed()))));
        counts.add(new Part.Fact("Newly overdue", Text.of(String.valueOf(d.newlyOverdue()))));
        counts.add(new Part.Fact("Alerts unanswered", Text.of(String.valueOf(d.unanswered()))));
        counts.add(new Part.Fact("RAG moves this week", Text.of(String.valueOf(d.moves()))));
        counts.add(new Part.Fact("Top priority, not green", Text.of(String.valueOf(d.priorityNotGreen()))));
        parts.add(new Part.Facts(counts));
        if (d.slipped() > 0) {
            // Its own fields: a Slack section holds ten.
            parts.add(new Part.Facts(List.of(new Part.Fact("Due dates moved this week", Text.of(String.valueOf(d.slipped()))))));
        }
        if (d.kpis() != null && !d.kpis().isEmpty()) {
            measures(d.kpis());
        }
        int more = d.listed() - d.linesShown();
        if (d.lines().isEmpty()) {
            parts.add(new Part.Note(perLineNote(d, more)));
            return new ChatView(d.title(), Audience.SHARED, parts);
        }
        Notice.Section section = null;
        List<Text> lines = new ArrayList<>();
        for (Notice.DigestLine line : d.lines()) {
            if (line.section() != section) {
                section = line.section();
                lines.add(Text.bold(section.title));
            }
            Notice.ActionRef a = line.action();
            lines.add(Text.of("• ").strong(a.ref()).plain(" " + Words.cut(a.text(), 80) + " — " + Words.rag(a.rag()) + " — "
                    + String.join(", ", a.leads()) + (line.detail() == null ? "" : " · " + line.detail())));
        }
        if (more > 0) {
            lines.add(Text.of("…and " + more + " more: ").command("overdue").plain(" and ").command("status")
                    .plain(" show them all."));
        }
        parts.add(new Part.Lines(lines));
        parts.add(new Part.Note(Text.of("Change since last week in brackets. Reply in this thread to update an action,"
                + " one per line, starting with its number: ").em("2.1 amber waiting on police data").plain(", ")
                .em("2.3 done - report published").plain(" or ").em("note 4.1 venue booked").plain(".")));
        return new ChatView(d.title(), Audience.SHARED, parts);
    }

    /** The digest's measures, as a channel may see them: small counts through the board's rule. */
    private void measures(Notice.KpiDigest kpis) {
        KpiFigures figures = new KpiFigures(false, new uk.lscb.cse.kpi.SmallNumbers(kpis.suppressBelow()));
        List<Text> lines = new ArrayList<>();
        if (!kpis.entered().isEmpty()) {
            lines.add(Text.bold("Measures given a value this week"));
            kpis.entered().stream().limit(KPI_LINES).forEach(l -> lines.add(Text.of("• ")
                    .strong(String.valueOf(l.kpi().number())).plain(" " + Words.cut(l.kpi().measure(), 80) + " — "
                            + l.figure().period().label() + ": " + figures.figure(l.kpi(), l.figure()))));
        }
        if (!kpis.overdue().isEmpty()) {
            lines.add(Text.bold("Measures overdue for a value"));
            kpis.overdue().stream().limit(KPI_LINES).forEach(l -> lines.add(Text.of("• ")
                    .strong(String.valueOf(l.kpi().number())).plain(" " + Words.cut(l.kpi().measure(), 80) + " — "
                            + l.figure().period().label() + " — " + l.kpi().owner())));
        }
        parts.add(new Part.Lines(lines));
    }

    private static Text perLineNote(Notice.Digest d, int more) {
        Text note = Text.of("Change since last week in brackets. ");
        if (d.linesShown() == 0) {
            return note.plain("Nothing to list this week.");
        }
        note = note.plain("The " + (d.linesShown() == 1 ? "message after this one is" : d.linesShown()
                + " messages after this one are each") + " about one action: reply to one in its thread to update"
                + " that action.");
        return more <= 0 ? note : note.plain(" " + more + " more not listed: ").command("overdue").plain(" and ")
                .command("status").plain(" show them all.");
    }

    public ChatView digestLine(Notice.DigestLine line) {
        Notice.ActionRef a = line.action();
        parts.add(new Part.Lines(List.of(
                Text.bold(line.section().title).plain(" · ").strong(a.ref()).plain(" " + Words.cut(a.text(), 200)),
                Text.of(Words.rag(a.rag()) + " · " + String.join(", ", a.leads())
                        + (line.detail() == null ? "" : " · " + line.detail())))));
        return new ChatView(line.summary(), Audience.SHARED, parts);
    }

    public ChatView kpiRequest(Notice.KpiRequest request) {
        String headline = (request.kind() == NoticeKind.KPI_REMINDER ? "⏰ " : "📊 ") + request.headline();
        parts.add(new Part.Heading(headline));
        String greeting = "Hi " + request.to() + ", you own this measure on " + request.board() + "'s plan. " + request.period()
                + " closed on " + Notice.DAY.format(request.closed()) + (request.kind() == NoticeKind.KPI_REMINDER
                ? "; you were asked " + request.workingDays() + " working days ago." : ".");
        parts.add(new Part.Lines(List.of(Text.of(greeting))));
        measure(request.measure(), request.period());
        return new ChatView(headline, Audience.PRIVATE, parts);
    }

    public ChatView kpiEscalation(Notice.KpiEscalation escalation) {
        String headline = "🚨 " + escalation.headline();
        parts.add(new Part.Heading(headline));
        parts.add(new Part.Lines(List.of(Text.of(escalation.detail()))));
        measure(escalation.measure(), escalation.period());
        return new ChatView(headline, Audience.PRIVATE, parts);
    }

    /** The file comes with it: Slack puts it in the same direct message, Teams adds a download link. */
    public ChatView boardReport(Notice.BoardReportDue report) {
        String headline = "📄 " + report.headline();
        parts.add(new Part.Heading(headline));
        parts.add(new Part.Lines(List.of(Text.of("Here is " + report.board() + "'s progress report for "
                + Notice.DAY.format(report.from()) + " to " + Notice.DAY.format(report.to()) + ", for the board meeting on "
                + Notice.DAY.format(report.meeting()) + "."))));
        parts.add(new Part.Note(Text.of("The report is a restricted document: keep it out of channels. For another period"
                + " type ").command("report 2016-01-01 2016-03-31").plain(".")));
        return new ChatView(headline, Audience.PRIVATE, parts);
    }

    public ChatView updateBeforeReport(Notice.UpdateBeforeReport reminder) {
        String headline = "📝 " + reminder.headline();
        parts.add(new Part.Heading(headline));
        parts.add(new Part.Lines(List.of(Text.of("Hi " + reminder.to() + ", " + reminder.board() + "'s progress report goes"
                + " to the board meeting on " + Notice.DAY.format(reminder.meeting()) + ". These actions you lead have had no"
                + " update since " + Notice.DAY.format(reminder.since()) + ":"))));
        List<Text> lines = new ArrayList<>();
        reminder.actions().stream().limit(ReplyViews.MAX_LINES).forEach(a -> lines.add(Text.bold(a.ref())
                .plain(" " + Words.cut(a.text(), 150) + " · " + Words.rag(a.rag()))));
        parts.add(new Part.Lines(lines));
        parts.add(new Part.Note(Text.of("Update each with ").command("update <ref> <rag> <note>").plain(", e.g. ")
                .command("update " + reminder.actions().get(0).ref() + " amber waiting on police data")
                .plain(", so the board reads where it stands.")));
        return new ChatView(headline, Audience.PRIVATE, parts);
    }

    private void measure(Notice.MeasureRef m, String period) {
        parts.add(new Part.Lines(List.of(Text.bold(String.valueOf(m.number())).plain(" " + Words.cut(m.measure(), 500)))));
        parts.add(new Part.Facts(List.of(new Part.Fact("Owner", Text.of(m.owner())), new Part.Fact("Period", Text.of(period)))));
        parts.add(new Part.ValueInput(m.planId(), m.number(), period, m.measure(), m.decimals()));
        parts.add(new Part.Note(Text.of("Or reply to this message with the number, e.g. ").em("42").plain(" or ")
                .em("42 note two referrals came late").plain(", or type ").command("kpi " + m.number() + " 42").plain(".")));
    }

    private void action(Notice.ActionRef a) {
        parts.add(new Part.Lines(List.of(Text.bold(a.ref()).plain(" " + Words.cut(a.text(), 500)))));
        parts.add(new Part.Facts(List.of(
                new Part.Fact("RAG", Text.of(Words.rag(a.rag()))),
                new Part.Fact("Leads", Text.of(String.join(", ", a.leads()))),
                new Part.Fact("Timescale", Text.of(a.timescale() == null ? "none set" : a.timescale())))));
        parts.add(new Part.UpdateButtons(a.planId(), a.ref()));
        parts.add(new Part.Note(ReplyViews.replyHint("Reply to this message to update it").plain(" Or use the buttons.")));
    }
}
