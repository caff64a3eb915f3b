package uk.lscb.cse.chat;

import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.ActionView;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Words the changes to an action for {@link ReplyViews}: an edit confirmed, its slips, and the lines
 * of its change history. Reasons and leads as written (people by email) only when {@code notes}.
 */
final class ChangeWords {
    private final List<Part> parts;
    private final boolean notes;
    private final ZoneId zone;

    ChangeWords(List<Part> parts, boolean notes, ZoneId zone) {
        this.parts = parts;
        this.notes = notes;
        this.zone = zone;
    }

    String edited(ChatReply.Edited edited) {
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
        return a.ref() + " " + edited.what();
    }

    /** The original timescale and how often the due date has moved since: what a board asks first. */
    static List<Part.Fact> slips(ActionChanges.Slips slips) {
        return List.of(new Part.Fact("Original timescale", Text.of(slips.originalText() == null ? "none set" : slips.originalText())),
                new Part.Fact("Slips", Text.of(slips.count() == 0 ? "none" : Words.count(slips.count(), "move") + " of the due date")));
    }

    /**
     * One change to the action. Leads before and after are written as in the plan file (people by
     * email) and a reason is free text: both only for the board's people in private.
     */
    Text change(ActionChanges.Entry c) {
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
}
