package uk.lscb.cse.chat;

import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.Timescale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The small wordings every reply and notice shares: RAG, counts, dates, timescales, leads. */
public final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private Words() {
    }

    /** The RAG with its colour and its word: never colour alone. */
    public static String rag(Rag rag) {
        return switch (rag) {
            case RED -> "🔴 Red";
            case AMBER -> "🟠 Amber";
            case GREEN -> "🟢 Green";
            case COMPLETE -> "🔵 Complete";
            case NOT_STARTED -> "⚪ Not started";
            case NOT_RATED -> "⬜ Not rated";
        };
    }

    public static String move(Rag before, Rag after) {
        return before == after ? rag(after) : rag(before) + " → " + rag(after);
    }

    /** "1 action", "3 actions", "1 day". */
    public static String count(long n, String thing) {
        return n + " " + (n == 1 ? thing : thing + "s");
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The plan's own wording, then what it was read as. */
    public static String timescale(Timescale t) {
        if (t == null || t.text() == null) {
            return "none set";
        }
        String when = switch (t.precision()) {
            case DAY -> " (due " + day(t.due()) + ")";
            case MONTH -> " (due by " + day(t.due()) + ")";
            case ONGOING -> t.reviewDate() != null ? " (ongoing, review " + day(t.reviewDate()) + ")"
                    : t.starts() != null ? " (ongoing from " + day(t.starts()) + ")" : " (ongoing)";
            case NONE -> " (no date: the board manager will set one)";
        };
        return t.text() + when;
    }

    public static String overdue(long days) {
        return "⚠️ " + count(days, "day") + " overdue";
    }

    /** Lead agencies and lead people by name (a name, never an email: lists go to channels). */
    public static String leads(ActionView a) {
        List<String> names = new ArrayList<>(a.leadAgencies());
        a.leadPeople().forEach(p -> names.add(p.name()));
        return names.isEmpty() ? "none named" : String.join(", ", names);
    }

    public static String compact(Map<Rag, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            parts.add(rag(rag).substring(0, rag(rag).indexOf(' ')) + counts.getOrDefault(rag, 0));
        }
        return String.join(" ", parts);
    }

    /** A 20-character bar: phones show it on one line. */
    public static String bar(int count, int total) {
        int filled = total == 0 ? 0 : (int) Math.round(20.0 * count / total);
        return "█".repeat(filled) + "░".repeat(20 - filled);
    }

    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** "+2", "-1", or nothing when unchanged. */
    public static String change(int now, int before) {
        int change = now - before;
        return change == 0 ? "" : change > 0 ? " (+" + change + ")" : " (" + change + ")";
    }

    /** A thread or button about an action a later version of the plan dropped: nothing is written. */
    public static String retired(String ref, int version) {
        return "Not saved: " + ref + " was removed from the plan in revision " + version + " (its history is kept)."
                + " Use status to see the current plan's actions, or ask the board manager if it should come back.";
    }
}
