package uk.lscb.cse.chat.slack;

import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.HelpText;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.PlanSummary;
import uk.lscb.cse.plan.ProgressEntry;
import uk.lscb.cse.plan.Rag;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ChatReply} as Block Kit. Anything meant for a channel carries refs, titles, RAG
 * and leads only: progress notes go to the person who asked, never to a channel.
 */
final class SlackReplies {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private SlackReplies() {
    }

    /** A message ready to send: fallback text (notifications, screen readers) and blocks. */
    record Rendered(String text, List<Map<String, Object>> blocks) {
        String blocksJson() {
            return Blocks.json(blocks);
        }

        String responseJson(boolean inChannel) {
            return Blocks.json(Map.of("response_type", inChannel ? "in_channel" : "ephemeral", "text", text,
                    "blocks", blocks));
        }
    }

    static Rendered render(ChatReply reply) {
        Blocks b = new Blocks();
        String text;
        if (reply instanceof ChatReply.Message message) {
            text = message.text();
            b.section(Blocks.esc(message.text()));
        } else if (reply instanceof ChatReply.Help) {
            text = "What I can do";
            b.header("CSE action plan: what I can do");
            b.lines(HelpText.LINES.stream().map(l -> "`/cse " + l.syntax() + "` " + l.what()).toList(), 2, "");
            b.context("Reply in the thread of an alert, digest or shared action with e.g. _amber - waiting on police data_,"
                    + " _done_ or _note: venue booked_ to update that action.");
        } else if (reply instanceof ChatReply.PlanStatus status) {
            text = "Plan status: " + status.summary().title();
            planStatus(b, status.summary());
        } else if (reply instanceof ChatReply.ActionDetail detail) {
            text = detail.action().ref() + " " + Blocks.cut(detail.action().text(), 80) + " — " + detail.action().rag().label();
            action(b, detail.action(), detail.shared() ? List.of() : detail.recent(), detail.shared());
        } else if (reply instanceof ChatReply.ActionList list) {
            text = list.title() + ": " + list.actions().size();
            b.header(list.title() + " (" + list.actions().size() + ")");
            if (list.actions().isEmpty()) {
                b.section(Blocks.esc(list.whenEmpty()));
            } else {
                b.lines(list.actions().stream().map(SlackReplies::line).toList(), 1, "Use `/cse status <ref>` for one action.");
            }
        } else if (reply instanceof ChatReply.Updated updated) {
            ProgressEntry e = updated.entry();
            text = "Updated " + updated.action().ref() + ": " + e.ragBefore().label() + " → " + e.ragAfter().label();
            b.section(":white_check_mark: Updated *" + Blocks.esc(updated.action().ref()) + "* " + Blocks.esc(Blocks.cut(updated.action().text(), 200))
                    + "\n" + rag(e.ragBefore()) + " → " + rag(e.ragAfter())
                    + (e.note() == null ? "" : "\n>" + Blocks.esc(e.note()).replace("\n", "\n>")));
        } else if (reply instanceof ChatReply.History history) {
            text = "History of " + history.action().ref();
            b.header("History of " + history.action().ref() + " (" + history.entries().size() + ")");
            b.section(Blocks.esc(Blocks.cut(history.action().text(), 500)));
            b.lines(history.entries().stream().map(SlackReplies::entry).toList(), 1, "Older entries: ask the board manager for an export.");
        } else {
            throw new IllegalArgumentException("unrendered reply " + reply);
        }
        b.context(reply.footnote() == null ? null : Blocks.esc(reply.footnote()));
        return new Rendered(text, b.list());
    }

    /** A confirmation fit for a channel thread: the RAG change and who made it, without the note. */
    static Rendered confirmedInThread(ChatReply.Updated updated, String who) {
        ProgressEntry e = updated.entry();
        String text = "Updated " + updated.action().ref() + " " + e.ragBefore().label() + " → " + e.ragAfter().label() + " by " + who;
        return new Rendered(text, new Blocks().section(":white_check_mark: Updated *" + Blocks.esc(updated.action().ref())
                + "* " + rag(e.ragBefore()) + " → " + rag(e.ragAfter()) + " by " + Blocks.esc(who)).list());
    }

    private static void planStatus(Blocks b, PlanSummary s) {
        b.header(s.title());
        List<String> rags = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            int count = s.byRag().getOrDefault(rag, 0);
            rags.add(bar(count, s.actions()) + "  " + rag(rag) + "  *" + count + "*");
        }
        b.section("*" + s.actions() + " actions* — " + Blocks.esc(s.board()) + "\n" + String.join("\n", rags));
        b.fields(List.of("*Overdue*\n" + s.overdue(), "*Not updated for 28 days*\n" + s.notUpdatedFor28Days(),
                "*Timescales to set*\n" + s.timescalesToSet(), "*Priority, not green*\n" + s.priorityNotGreen().size()));
        List<String> themes = s.byTheme().stream().map(t -> t.position() + ". *" + Blocks.esc(t.name()) + "* — "
                + t.actions() + " actions: " + compact(t.byRag()) + (t.overdue() > 0 ? " · " + t.overdue() + " overdue" : ""))
                .toList();
        b.section("*By theme*");
        b.lines(themes, 4, "");
        if (!s.priorityNotGreen().isEmpty()) {
            b.section("*Top priority, not green*");
            b.lines(s.priorityNotGreen().stream().map(p -> "• *" + Blocks.esc(p.ref()) + "* " + Blocks.esc(Blocks.cut(p.text(), 150))
                    + " — " + rag(p.rag()) + " — " + Blocks.esc(String.join(", ", p.leads()))).toList(), 1, "");
        }
        b.context("As of " + DAY.format(s.asOf()) + " · `/cse status <ref>` for one action · `/cse overdue` for what is late");
    }

    private static void action(Blocks b, ActionView a, List<ProgressEntry> recent, boolean shared) {
        b.header(a.ref() + " " + a.text());
        if (a.text().length() > 140) {
            b.section(Blocks.esc(a.text()));
        }
        b.fields(List.of("*RAG*\n" + rag(a.rag()), "*Leads*\n" + Blocks.esc(leads(a)), "*Timescale*\n" + timescale(a),
                "*Theme*\n" + Blocks.esc(a.theme())));
        if (!recent.isEmpty()) {
            b.section("*Last updates*\n" + String.join("\n", recent.stream().map(SlackReplies::entry).toList()));
        }
        String value = a.planId() + "|" + a.ref();
        b.buttons(List.of(
                Blocks.button("Green", "rag:GREEN", value, "primary"),
                Blocks.button("Amber", "rag:AMBER", value, null),
                Blocks.button("Red", "rag:RED", value, "danger"),
                Blocks.button("Complete", "rag:COMPLETE", value, null),
                Blocks.button("Add note", "note", value, null)));
        if (shared) {
            b.context("Reply in this thread to update it, e.g. _amber - waiting on police data_ or _done_.");
        }
    }

    static String line(ActionView a) {
        return "• *" + Blocks.esc(a.ref()) + "* " + Blocks.esc(Blocks.cut(a.text(), 120)) + " — " + rag(a.rag()) + " — "
                + Blocks.esc(leads(a)) + (a.overdue() ? " — :warning: " + a.daysOverdue() + " days overdue" : "");
    }

    private static String entry(ProgressEntry e) {
        return "• " + DAY.format(e.at().atZone(LONDON)) + " · " + Blocks.esc(e.author()) + " · "
                + (e.ragBefore() == e.ragAfter() ? rag(e.ragAfter()) : rag(e.ragBefore()) + " → " + rag(e.ragAfter()))
                + (e.note() == null ? "" : " · _" + Blocks.esc(Blocks.cut(e.note(), 300)) + "_");
    }

    private static String timescale(ActionView a) {
        var t = a.timescale();
        if (t.text() == null) {
            return "_none set_";
        }
        String when = switch (t.precision()) {
            case DAY -> " (due " + DAY.format(t.due()) + ")";
            case MONTH -> " (due by " + DAY.format(t.due()) + ")";
            case ONGOING -> t.reviewDate() == null ? " (ongoing)" : " (ongoing, review " + DAY.format(t.reviewDate()) + ")";
            case NONE -> " (no date: the board manager will set one)";
        };
        return Blocks.esc(t.text()) + when + (a.overdue() ? "\n:warning: " + a.daysOverdue() + " days overdue" : "");
    }

    private static String leads(ActionView a) {
        List<String> names = new ArrayList<>(a.leadAgencies());
        a.leadPeople().forEach(p -> names.add(p.name()));
        return names.isEmpty() ? "none named" : String.join(", ", names);
    }

    static String rag(Rag rag) {
        return switch (rag) {
            case RED -> ":red_circle: Red";
            case AMBER -> ":large_orange_circle: Amber";
            case GREEN -> ":large_green_circle: Green";
            case COMPLETE -> ":large_blue_circle: Complete";
            case NOT_STARTED -> ":white_circle: Not started";
        };
    }

    private static String compact(Map<Rag, Integer> counts) {
        return ":red_circle:" + counts.get(Rag.RED) + " :large_orange_circle:" + counts.get(Rag.AMBER)
                + " :large_green_circle:" + counts.get(Rag.GREEN) + " :large_blue_circle:" + counts.get(Rag.COMPLETE)
                + " :white_circle:" + counts.get(Rag.NOT_STARTED);
    }

    // A 20-character bar: phones show it on one line.
    private static String bar(int count, int total) {
        int filled = total == 0 ? 0 : (int) Math.round(20.0 * count / total);
        return "`" + "█".repeat(filled) + "░".repeat(20 - filled) + "`";
    }
}
