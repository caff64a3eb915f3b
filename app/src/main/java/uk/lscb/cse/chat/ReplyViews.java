package uk.lscb.cse.chat;

import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.PlanSummary;
import uk.lscb.cse.plan.ProgressEntry;
import uk.lscb.cse.plan.Rag;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Words a {@link ChatReply} for its audience, once for both platforms. This is the one place that
 * decides what a rendering may show: progress notes and who wrote them only ever reach a
 * {@link Audience#PRIVATE} view for one of the board's people; anyone else, even privately, reads
 * what a channel would (refs, titles, RAG, leads by name, dates).
 */
public final class ReplyViews implements ChatReply.Visitor<ChatView> {
    /** Lists stop here and say how many more: a Teams message must stay under about 28 KB. */
    static final int MAX_LINES = 40;

    private final Audience audience;
    /** Whether progress notes and their authors may be shown: privately, to one of the board's people. */
    private final boolean notes;
    private final ZoneId zone;
    private final List<Part> parts = new ArrayList<>();

    private ReplyViews(Audience audience, boolean boardPerson, ZoneId zone) {
        this.audience = audience;
        this.notes = audience == Audience.PRIVATE && boardPerson;
        this.zone = zone;
    }

    /** For one of the board's people. {@code zone} is the board's: dates of updates are the board's dates. */
    public static ChatView view(ChatReply reply, Audience audience, ZoneId zone) {
        return view(reply, audience, true, zone);
    }

    /** @param boardPerson whether the reader is one of the board's people (a lead or coordinator linked to it) */
    public static ChatView view(ChatReply reply, Audience audience, boolean boardPerson, ZoneId zone) {
        ChatView view = reply.accept(new ReplyViews(audience, boardPerson, zone));
        // The asker's own footnote (e.g. how to get linked) names no one else, so it suits any audience.
        if (reply.footnote() == null) {
            return view;
        }
        List<Part> parts = new ArrayList<>(view.parts());
        parts.add(new Part.Note(Text.of(reply.footnote())));
        return new ChatView(view.summary(), audience, parts);
    }

    /** A plain answer, e.g. before the asker's board is known (it holds no date, so needs no zone). */
    public static ChatView message(String text, Audience audience) {
        return view(new ChatReply.Message(text), audience, java.time.ZoneOffset.UTC);
    }

    public ChatView message(ChatReply.Message message) {
        parts.add(new Part.Lines(List.of(Text.of(message.text()))));
        return done(message.text());
    }

    public ChatView help(ChatReply.Help help) {
        parts.add(new Part.Heading("CSE action plan: what I can do"));
        parts.add(new Part.Lines(HelpText.LINES.stream().map(l -> new Text(List.of()).command(l.syntax()).plain(" " + l.what()))
                .toList()));
        if (!help.ragDefinitions().isEmpty()) {
            parts.add(new Part.Lines(List.of(Text.bold("What our RAG ratings mean"))));
            parts.add(new Part.Lines(help.ragDefinitions().stream().map(Text::of).toList()));
        }
        parts.add(new Part.Note(Text.of("Reply in the thread of an alert, digest or shared action with e.g. ")
                .em("amber - waiting on police data").plain(", ").em("done - report published").plain(" or ")
                .em("note: venue booked").plain(" to update that action.")));
        return done("What I can do");
    }

    public ChatView planStatus(ChatReply.PlanStatus status) {
        PlanSummary s = status.summary();
        parts.add(new Part.Heading(s.title()));
        parts.add(new Part.Lines(List.of(Text.bold(Words.count(s.actions(), "action")).plain(" — " + s.board()))));
        List<Part.Fact> rags = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            int count = s.byRag().getOrDefault(rag, 0);
            rags.add(new Part.Fact(Words.rag(rag), new Text(List.of()).code(Words.bar(count, s.actions())).plain(" " + count)));
        }
        parts.add(new Part.Facts(rags));
        parts.add(new Part.Facts(List.of(
                new Part.Fact("Overdue", Text.of(String.valueOf(s.overdue()))),
                new Part.Fact("Not updated for 28 days", Text.of(String.valueOf(s.notUpdatedFor28Days()))),
                new Part.Fact("Timescales to set", Text.of(String.valueOf(s.timescalesToSet()))),
                new Part.Fact("Priority, not green", Text.of(String.valueOf(s.priorityNotGreen().size()))),
                new Part.Fact("Slipped (due date moved)", Text.of(String.valueOf(s.slipped()))),
                // Open actions whose leads have no person on the board: the plan can chase no one about them.
                new Part.Fact("No one to chase", Text.of(String.valueOf(s.noOneToChase()))))));
        parts.add(new Part.Lines(List.of(Text.bold("By theme"))));
        lines(s.byTheme().stream().map(t -> Text.of(t.position() + ". ").strong(t.name()).plain(" — "
                + Words.count(t.actions(), "action") + ": " + Words.compact(t.byRag())
                + (t.overdue() > 0 ? " · " + t.overdue() + " overdue" : ""))).toList(), Text.of(""));
        if (!s.priorityNotGreen().isEmpty()) {
            parts.add(new Part.Lines(List.of(Text.bold("Top priority, not green"))));
            lines(s.priorityNotGreen().stream().map(p -> Text.of("• ").strong(p.ref()).plain(" " + Words.cut(p.text(), 150)
                    + " — " + Words.rag(p.rag()) + " — " + String.join(", ", p.leads()))).toList(), Text.of(""));
        }
        if (status.kpis() != null && status.kpis().measures() > 0) {
            parts.add(new Part.Lines(List.of(Text.bold("Measures").plain(" — " + Words.count(status.kpis().measures(), "measure")
                    + ": " + status.kpis().due() + " due, " + status.kpis().overdue() + " overdue for a value · ")
                    .command("kpi").plain(" lists yours"))));
        }
        parts.add(new Part.Note(Text.of("As of " + Words.day(s.asOf()) + " · ").command("status <ref>")
                .plain(" for one action · ").command("overdue").plain(" for what is late")));
        return done("Plan status: " + s.title());
    }

    /** Where the report went; it names no one and holds no note, but is sent to the asker only. */
    public ChatView report(ChatReply.Report report) {
        String period = Words.day(report.from()) + " to " + Words.day(report.to());
        parts.add(new Part.Heading("Board report: " + period));
        if (report.link() == null) {
            parts.add(new Part.Lines(List.of(Text.of("I have sent it to you in our direct messages: ")
                    .strong(report.file().fileName()))));
        } else {
            parts.add(new Part.Lines(List.of(Text.of("Download it with the button below: the link works once, for "
                    + uk.lscb.cse.report.DownloadLinks.MINUTES + " minutes. Ask again with ").command("report").plain(" for a new one."))));
            parts.add(new Part.Download("Download " + report.file().fileName(), report.link()));
        }
        parts.add(new Part.Note(Text.of("The report is a restricted document: keep it out of channels.")));
        return done("Board report: " + period);
    }

    public ChatView actionDetail(ChatReply.ActionDetail detail) {
        ActionView a = detail.action();
        action(a);
        if (notes && !detail.recent().isEmpty()) {
            parts.add(new Part.Lines(List.of(Text.bold("Last updates"))));
            parts.add(new Part.Lines(detail.recent().stream().map(this::entry).toList()));
        }
        if (detail.slips() != null) {
            parts.add(new Part.Facts(slips(detail.slips())));
        }
        parts.add(new Part.UpdateButtons(a.planId(), a.ref()));
        if (audience == Audience.SHARED) {
            parts.add(new Part.Note(replyHint("Reply in this thread to update it")));
        }
        return done(a.ref() + " " + Words.cut(a.text(), 80) + " — " + a.rag().label());
    }

    public ChatView actionList(ChatReply.ActionList list) {
        parts.add(new Part.Heading(list.title() + " (" + list.actions().size() + ")"));
        if (list.actions().isEmpty()) {
            parts.add(new Part.Lines(List.of(Text.of(list.whenEmpty()))));
        } else {
            lines(list.actions().stream().map(ReplyViews::line).toList(),
                    Text.of("Use ").command("status <ref>").plain(" for one action."));
        }
        return done(list.title() + ": " + list.actions().size());
    }

    public ChatView updated(ChatReply.Updated updated) {
        ProgressEntry e = updated.entry();
        String ref = updated.action().ref();
        String move = Words.rag(e.ragBefore()) + " → " + Words.rag(e.ragAfter());
        if (!notes) {
            parts.add(new Part.Lines(List.of(Text.of("✅ Updated ").strong(ref).plain(" " + move + " by " + updated.by()))));
            return done("Updated " + ref + " " + e.ragBefore().label() + " → " + e.ragAfter().label() + " by " + updated.by());
        }
        List<Text> lines = new ArrayList<>(List.of(Text.of("✅ Updated ").strong(ref).plain(" " + Words.cut(updated.action().text(), 200)),
                Text.of(move)));
        if (e.note() != null) {
            lines.add(new Text(List.of()).em(e.note()));
        }
        parts.add(new Part.Lines(lines));
        return done("Updated " + ref + ": " + e.ragBefore().label() + " → " + e.ragAfter().label());
    }

    public ChatView history(ChatReply.History history) {
        String ref = history.action().ref();
        parts.add(new Part.Heading("History of " + ref + " (" + Words.count(history.entries().size(), "update") + ")"));
        parts.add(new Part.Lines(List.of(Text.of(Words.cut(history.action().text(), 500)))));
        lines(history.entries().stream().map(this::entry).toList(), Text.of("Older entries: ask the board manager for an export."));
        if (!history.changes().isEmpty()) {
            parts.add(new Part.Lines(List.of(Text.bold("Changes to the action"))));
            lines(history.changes().stream().map(this::change).toList(), Text.of("All of them: GET …/changes in the admin API."));
        }
        if (audience == Audience.SHARED) {
            parts.add(new Part.Note(Text.of("Progress notes and who wrote them are not shown here: ask me in a private chat"
                    + " to see them.")));
        }
        return done("History of " + ref);
    }

    public ChatView shared(ChatReply.Shared shared) {
        String ref = shared.action().ref();
        parts.add(new Part.Lines(List.of(Text.of("Shared " + ref + " in this channel. Replies in its thread (e.g. ")
                .em("amber - waiting on police data").plain(") update the action."))));
        return done("Shared " + ref);
    }

    public ChatView kpiList(ChatReply.KpiList list) {
        return done(new KpiWords(parts, audience, notes).list(list));
    }

    public ChatView kpiDetail(ChatReply.KpiDetail detail) {
        return done(new KpiWords(parts, audience, notes).detail(detail));
    }

    public ChatView kpiRecorded(ChatReply.KpiRecorded recorded) {
        return done(new KpiWords(parts, audience, notes).recorded(recorded));
    }

    public ChatView edited(ChatReply.Edited edited) {
        ActionView a = edited.action();
        List<Text> lines = new ArrayList<>(List.of(Text.of("✅ ").strong(a.ref()).plain(" " + edited.what() + " by " + edited.by())));
        if (notes && edited.reason() != null) {
            lines.add(new Text(List.of()).em(edited.reason()));
        }
        parts.add(new Part.Lines(lines));
        parts.add(new Part.Facts(List.of(new Part.Fact("Timescale", Text.of(Words.timescale(a.timescale()))),
                new Part.Fact("Leads", Text.of(Words.leads(a))),
                new Part.Fact("Priority", Text.of(a.priority() ? "top priority" : "no")))));
        if (edited.slips() != null) {
            parts.add(new Part.Facts(slips(edited.slips())));
        }
        return done(a.ref() + " " + edited.what());
    }

    /** The original timescale and how often the due date has moved since: what a board asks first. */
    private static List<Part.Fact> slips(ActionChanges.Slips slips) {
        return List.of(new Part.Fact("Original timescale", Text.of(slips.originalText() == null ? "none set" : slips.originalText())),
                new Part.Fact("Slips", Text.of(slips.count() == 0 ? "none" : Words.count(slips.count(), "move") + " of the due date")));
    }

    /** Heading, text and facts of one action: what anyone may see. */
    private void action(ActionView a) {
        parts.add(new Part.Heading(a.ref() + " " + Words.cut(a.text(), 140)));
        if (a.text().length() > 140) {
            parts.add(new Part.Lines(List.of(Text.of(a.text()))));
        }
        parts.add(new Part.Facts(List.of(
                new Part.Fact("RAG", Text.of(Words.rag(a.rag()))),
                new Part.Fact("Leads", Text.of(Words.leads(a))),
                new Part.Fact("Timescale", Text.of(Words.timescale(a.timescale()) + (a.overdue() ? " " + Words.overdue(a.daysOverdue()) : ""))),
                new Part.Fact("Theme", Text.of(a.theme())))));
    }

    /** One history entry: without notes, the day and the RAG move only. */
    private Text entry(ProgressEntry e) {
        Text line = Text.of("• " + Words.day(e.at().atZone(zone).toLocalDate()) + " · ");
        if (!notes) {
            return line.plain(Words.move(e.ragBefore(), e.ragAfter()));
        }
        line = line.plain(e.author() + " · " + Words.move(e.ragBefore(), e.ragAfter()));
        return e.note() == null ? line : line.plain(" · ").em(Words.cut(e.note(), 300));
    }

    /**
     * One change to the action. Leads before and after are written as in the plan file (people by
     * email) and a reason is free text: both only for the board's people in private.
     */
    private Text change(ActionChanges.Entry c) {
        Text line = Text.of("• " + Words.day(c.at().atZone(zone).toLocalDate()) + " · " + (notes ? c.author() + " · " : ""));
        String what = switch (c.field()) {
            case TIMESCALE -> "timescale " + (c.from() == null ? "none" : c.from()) + " → " + c.to();
            case REF -> "renumbered " + c.from() + " → " + c.to();
            case TEXT -> "reworded";
            case LEADS -> notes ? "leads " + c.from() + " → " + c.to() : "leads changed";
            case PRIORITY -> Boolean.parseBoolean(c.to()) ? "made a top priority" : "no longer a top priority";
            case DETAILS -> "details revised";
            case ADDED -> "added to the plan";
            case RETIRED -> "removed from the plan";
        };
        line = line.plain(what + (c.version() == null ? "" : " (revision " + c.version() + ")"));
        return notes && c.reason() != null ? line.plain(" · ").em(Words.cut(c.reason(), 300)) : line;
    }

    static Text line(ActionView a) {
        return Text.of("• ").strong(a.ref()).plain(" " + Words.cut(a.text(), 120) + " — " + Words.rag(a.rag()) + " — "
                + Words.leads(a) + (a.overdue() ? " — " + Words.overdue(a.daysOverdue()) : ""));
    }

    static Text replyHint(String start) {
        return Text.of(start + ", e.g. ").em("amber - waiting on police data").plain(" or ").em("done - report published")
                .plain(".");
    }

    private void lines(List<Text> lines, Text more) {
        if (lines.size() <= MAX_LINES) {
            parts.add(new Part.Lines(lines));
            return;
        }
        List<Text> shown = new ArrayList<>(lines.subList(0, MAX_LINES));
        shown.add(Text.of("…and " + (lines.size() - MAX_LINES) + " more. ").then(more));
        parts.add(new Part.Lines(shown));
    }

    private ChatView done(String summary) {
        return new ChatView(summary, audience, parts);
    }
}
