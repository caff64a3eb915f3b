package uk.lscb.cse.chat.teams;

import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.HelpText;
import uk.lscb.cse.notify.Notice;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.PlanSummary;
import uk.lscb.cse.plan.ProgressEntry;
import uk.lscb.cse.plan.Rag;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adaptive Cards (1.5) with the same content as the Slack blocks. RAG buttons are
 * {@code Action.Execute} (verb "rag") carrying the plan and ref, with a note field on the card, so
 * the bot answers the invoke with a replacement card.
 */
final class TeamsCards {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** Lists stop here and say how many more: a Teams message must stay under about 28 KB. */
    static final int MAX_LINES = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final List<Map<String, Object>> body = new ArrayList<>();
    private final List<Map<String, Object>> actions = new ArrayList<>();

    private TeamsCards() {
    }

    /** The plain-text summary (notifications, screen readers) and the card. */
    record Card(String text, Map<String, Object> card) {
        Map<String, Object> attachment() {
            return Map.of("contentType", CONTENT_TYPE, "content", card);
        }

        Map<String, Object> activity() {
            Map<String, Object> activity = new LinkedHashMap<>();
            activity.put("type", "message");
            activity.put("summary", text);
            activity.put("attachments", List.of(attachment()));
            return activity;
        }
    }

    static Card render(ChatReply reply) {
        TeamsCards c = new TeamsCards();
        String text;
        if (reply instanceof ChatReply.Message message) {
            text = message.text();
            c.text(message.text(), false);
        } else if (reply instanceof ChatReply.Help) {
            text = "What I can do";
            c.title("CSE action plan: what I can do");
            c.facts(HelpText.LINES.stream().map(l -> List.of(l.syntax(), l.what())).toList());
            c.note("Reply to an alert or digest message with e.g. \"amber - waiting on police data\", \"done\" or"
                    + " \"note: venue booked\" to update that action.");
        } else if (reply instanceof ChatReply.PlanStatus status) {
            text = "Plan status: " + status.summary().title();
            c.planStatus(status.summary());
        } else if (reply instanceof ChatReply.ActionDetail detail) {
            ActionView a = detail.action();
            text = a.ref() + " " + cut(a.text(), 80) + " — " + a.rag().label();
            c.action(a, detail.shared() ? List.of() : detail.recent());
        } else if (reply instanceof ChatReply.ActionList list) {
            text = list.title() + ": " + list.actions().size();
            c.title(list.title() + " (" + list.actions().size() + ")");
            if (list.actions().isEmpty()) {
                c.text(list.whenEmpty(), false);
            } else {
                c.lines(list.actions().stream().map(TeamsCards::line).toList(), "Type status <ref> for one action.");
            }
        } else if (reply instanceof ChatReply.Updated updated) {
            ProgressEntry e = updated.entry();
            text = "Updated " + updated.action().ref() + ": " + e.ragBefore().label() + " → " + e.ragAfter().label();
            c.text("✅ Updated **" + updated.action().ref() + "** " + cut(updated.action().text(), 200), false);
            c.text(rag(e.ragBefore()) + " → " + rag(e.ragAfter()), false);
            if (e.note() != null) {
                c.text("_" + e.note() + "_", true);
            }
        } else if (reply instanceof ChatReply.History history) {
            text = "History of " + history.action().ref();
            c.title("History of " + history.action().ref() + " (" + history.entries().size() + ")");
            c.text(cut(history.action().text(), 500), false);
            c.lines(history.entries().stream().map(TeamsCards::entry).toList(), "Older entries: ask the board manager for an export.");
        } else {
            throw new IllegalArgumentException("unrendered reply " + reply);
        }
        if (reply.footnote() != null) {
            c.note(reply.footnote());
        }
        return c.card(text);
    }

    /** A confirmation for a channel thread: the RAG change and who made it, never the note. */
    static Card confirmed(ChatReply.Updated updated, String who) {
        ProgressEntry e = updated.entry();
        String text = "Updated " + updated.action().ref() + " " + e.ragBefore().label() + " → " + e.ragAfter().label() + " by " + who;
        TeamsCards c = new TeamsCards();
        c.text("✅ Updated **" + updated.action().ref() + "** " + rag(e.ragBefore()) + " → " + rag(e.ragAfter()) + " by " + who, false);
        return c.card(text);
    }

    static Card notice(Notice notice) {
        TeamsCards c = new TeamsCards();
        String text;
        if (notice instanceof Notice.ActionAlert alert) {
            Notice.ActionRef a = alert.action();
            String emoji = switch (alert.kind()) {
                case OVERDUE -> "⚠️ ";
                case DUE_SOON -> "⏰ ";
                case STALE -> "⌛ ";
                case REVIEW -> "🔁 ";
                default -> "";
            };
            text = emoji + alert.headline();
            c.title(text);
            c.text(alert.greeting(), false);
            c.noticeAction(a);
            c.note("Reply to this message to update it, e.g. \"amber - waiting on police data\" or \"done\"; or use the buttons.");
        } else if (notice instanceof Notice.Escalation e) {
            Notice.ActionRef a = e.action();
            text = "🚨 " + e.headline();
            c.title(text);
            c.text(e.detail(), false);
            c.noticeAction(a);
        } else if (notice instanceof Notice.Digest d) {
            text = d.title();
            c.title(text);
            c.text("**" + d.planTitle() + "**", false);
            List<List<String>> counts = new ArrayList<>();
            for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.COMPLETE, Rag.NOT_STARTED)) {
                int now = d.byRag().getOrDefault(rag, 0);
                int change = now - d.weekAgo().getOrDefault(rag, 0);
                counts.add(List.of(rag(rag), now + (change == 0 ? "" : change > 0 ? " (+" + change + ")" : " (" + change + ")")));
            }
            counts.add(List.of("Newly overdue", String.valueOf(d.newlyOverdue())));
            counts.add(List.of("Alerts unanswered", String.valueOf(d.unanswered())));
            counts.add(List.of("RAG moves this week", String.valueOf(d.moves())));
            counts.add(List.of("Top priority, not green", String.valueOf(d.priorityNotGreen())));
            c.facts(counts);
            c.note(d.linesShown() == 0 ? "Nothing to list this week." : "The " + d.linesShown() + " messages after this one are"
                    + " each about one action: reply to one to update that action."
                    + (d.listed() > d.linesShown() ? " " + (d.listed() - d.linesShown()) + " more not listed: type overdue or status." : ""));
        } else {
            Notice.DigestLine line = (Notice.DigestLine) notice;
            Notice.ActionRef a = line.action();
            text = line.summary();
            c.text("**" + line.section().title + "** · **" + a.ref() + "** " + cut(a.text(), 200), false);
            c.text(rag(a.rag()) + " · " + String.join(", ", a.leads()) + (line.detail() == null ? "" : " · " + line.detail()), false);
        }
        return c.card(text);
    }

    // --- building blocks

    private void title(String text) {
        body.add(Map.of("type", "TextBlock", "text", text, "weight", "Bolder", "size", "Medium", "wrap", true));
    }

    private void text(String text, boolean subtle) {
        Map<String, Object> block = new LinkedHashMap<>(Map.of("type", "TextBlock", "text", text, "wrap", true));
        if (subtle) {
            block.put("isSubtle", true);
        }
        body.add(block);
    }

    private void note(String text) {
        body.add(Map.of("type", "TextBlock", "text", text, "wrap", true, "isSubtle", true, "size", "Small"));
    }

    private void facts(List<List<String>> pairs) {
        body.add(Map.of("type", "FactSet", "facts", pairs.stream().map(p -> Map.of("title", p.get(0), "value", p.get(1))).toList()));
    }

    private void lines(List<String> lines, String more) {
        lines.stream().limit(MAX_LINES).forEach(l -> text(l, false));
        if (lines.size() > MAX_LINES) {
            note("…and " + (lines.size() - MAX_LINES) + " more. " + more);
        }
    }

    private void planStatus(PlanSummary s) {
        title(s.title());
        text("**" + s.actions() + " actions** — " + s.board(), false);
        List<List<String>> rags = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            int count = s.byRag().getOrDefault(rag, 0);
            rags.add(List.of(rag(rag), bar(count, s.actions()) + " " + count));
        }
        facts(rags);
        facts(List.of(List.of("Overdue", String.valueOf(s.overdue())),
                List.of("Not updated for 28 days", String.valueOf(s.notUpdatedFor28Days())),
                List.of("Timescales to set", String.valueOf(s.timescalesToSet())),
                List.of("Priority, not green", String.valueOf(s.priorityNotGreen().size()))));
        text("**By theme**", false);
        lines(s.byTheme().stream().map(t -> t.position() + ". **" + t.name() + "** — " + t.actions() + " actions: "
                + compact(t.byRag()) + (t.overdue() > 0 ? " · " + t.overdue() + " overdue" : "")).toList(), "");
        if (!s.priorityNotGreen().isEmpty()) {
            text("**Top priority, not green**", false);
            lines(s.priorityNotGreen().stream().map(p -> "• **" + p.ref() + "** " + cut(p.text(), 150) + " — " + rag(p.rag())
                    + " — " + String.join(", ", p.leads())).toList(), "");
        }
        note("As of " + DAY.format(s.asOf()) + " · status <ref> for one action · overdue for what is late");
    }

    private void action(ActionView a, List<ProgressEntry> recent) {
        title(a.ref() + " " + cut(a.text(), 140));
        if (a.text().length() > 140) {
            text(a.text(), false);
        }
        List<String> leads = new ArrayList<>(a.leadAgencies());
        a.leadPeople().forEach(p -> leads.add(p.name()));
        var t = a.timescale();
        facts(List.of(List.of("RAG", rag(a.rag())), List.of("Leads", leads.isEmpty() ? "none named" : String.join(", ", leads)),
                List.of("Timescale", t.text() == null ? "none set" : t.text() + (t.due() == null ? "" : " (due " + DAY.format(t.due()) + ")")
                        + (a.overdue() ? " ⚠️ " + a.daysOverdue() + " days overdue" : "")),
                List.of("Theme", a.theme())));
        if (!recent.isEmpty()) {
            text("**Last updates**", false);
            recent.forEach(e -> text(entry(e), false));
        }
        buttons(a.planId(), a.ref());
    }

    private void noticeAction(Notice.ActionRef a) {
        text("**" + a.ref() + "** " + cut(a.text(), 500), false);
        facts(List.of(List.of("RAG", rag(a.rag())), List.of("Leads", String.join(", ", a.leads())),
                List.of("Timescale", a.timescale() == null ? "none set" : a.timescale())));
        buttons(a.planId(), a.ref());
    }

    /** The note field and the four RAG buttons; the invoke carries plan, ref, RAG and the note typed. */
    private void buttons(long planId, String ref) {
        body.add(Map.of("type", "Input.Text", "id", "note", "isMultiline", true, "maxLength", 2000,
                "placeholder", "Progress note (needed for Red or Complete)"));
        for (Rag rag : List.of(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.COMPLETE)) {
            actions.add(Map.of("type", "Action.Execute", "title", rag.label(), "verb", "rag",
                    "data", Map.of("planId", planId, "ref", ref, "rag", rag.name())));
        }
        actions.add(Map.of("type", "Action.Execute", "title", "Add note", "verb", "note",
                "data", Map.of("planId", planId, "ref", ref)));
    }

    private Card card(String text) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("body", body);
        if (!actions.isEmpty()) {
            card.put("actions", actions);
        }
        return new Card(text, card);
    }

    static String line(ActionView a) {
        List<String> leads = new ArrayList<>(a.leadAgencies());
        a.leadPeople().forEach(p -> leads.add(p.name()));
        return "• **" + a.ref() + "** " + cut(a.text(), 120) + " — " + rag(a.rag()) + " — "
                + (leads.isEmpty() ? "none named" : String.join(", ", leads))
                + (a.overdue() ? " — ⚠️ " + a.daysOverdue() + " days overdue" : "");
    }

    private static String entry(ProgressEntry e) {
        return "• " + DAY.format(e.at().atZone(LONDON)) + " · " + e.author() + " · "
                + (e.ragBefore() == e.ragAfter() ? rag(e.ragAfter()) : rag(e.ragBefore()) + " → " + rag(e.ragAfter()))
                + (e.note() == null ? "" : " · _" + cut(e.note(), 300) + "_");
    }

    static String rag(Rag rag) {
        return switch (rag) {
            case RED -> "🔴 Red";
            case AMBER -> "🟠 Amber";
            case GREEN -> "🟢 Green";
            case COMPLETE -> "🔵 Complete";
            case NOT_STARTED -> "⚪ Not started";
        };
    }

    private static String compact(Map<Rag, Integer> counts) {
        return "🔴" + counts.get(Rag.RED) + " 🟠" + counts.get(Rag.AMBER) + " 🟢" + counts.get(Rag.GREEN)
                + " 🔵" + counts.get(Rag.COMPLETE) + " ⚪" + counts.get(Rag.NOT_STARTED);
    }

    private static String bar(int count, int total) {
        int filled = total == 0 ? 0 : (int) Math.round(20.0 * count / total);
        return "█".repeat(filled) + "░".repeat(20 - filled);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
