package uk.lscb.cse.chat;

import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.ProgressEntry;

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
        return done(PlanStatusWords.words(parts, status));
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
            parts.add(new Part.Facts(ChangeWords.slips(detail.slips())));
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
            lines(history.changes().stream().map(new ChangeWords(parts, notes, zone)::change).toList(), Text.of("All of them: GET …/changes in the admin API."));
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
        return done(new ChangeWords(parts, notes, zone).edited(edited));
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

    static Text line(ActionView a) {
        return Text.of("• ").strong(a.ref()).plain(" " + Words.cut(a.text(), 120) + " — " + Words.rag(a.rag()) + " — "
                + Words.leads(a) + (a.overdue() ? " — " + Words.overdue(a.daysOverdue()) : ""));
    }

    static Text replyHint(String start) {
        return Text.of(start + ", e.g. ").em("amber - waiting on police data").plain(" or ").em("done - report published")
                .plain(".");
    }

    private void lines(List<Text> lines, Text more) {
        capped(parts, lines, more);
    }

    /** At most {@link #MAX_LINES} lines, then how many more and where to find them. */
    static void capped(List<Part> parts, List<Text> lines, Text more) {
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
