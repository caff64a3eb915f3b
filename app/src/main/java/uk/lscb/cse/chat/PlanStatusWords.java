package uk.lscb.cse.chat;

import uk.lscb.cse.plan.PlanSummary;
import uk.lscb.cse.plan.Rag;

import java.util.ArrayList;
import java.util.List;

/**
 * Words the plan's status for {@link ReplyViews}: counts, themes and top priorities, what anyone in
 * the channel may see (no notes, leads by name). Returns the view's summary and adds its parts.
 */
final class PlanStatusWords {
    private PlanStatusWords() {
    }

    static String words(List<Part> parts, ChatReply.PlanStatus status) {
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
        ReplyViews.capped(parts, s.byTheme().stream().map(t -> Text.of(t.position() + ". ").strong(t.name()).plain(" — "
                + Words.count(t.actions(), "action") + ": " + Words.compact(t.byRag())
                + (t.overdue() > 0 ? " · " + t.overdue() + " overdue" : ""))).toList(), Text.of(""));
        if (!s.priorityNotGreen().isEmpty()) {
            parts.add(new Part.Lines(List.of(Text.bold("Top priority, not green"))));
            ReplyViews.capped(parts, s.priorityNotGreen().stream().map(p -> Text.of("• ").strong(p.ref()).plain(" " + Words.cut(p.text(), 150)
                    + " — " + Words.rag(p.rag()) + " — " + String.join(", ", p.leads()))).toList(), Text.of(""));
        }
        if (status.kpis() != null && status.kpis().measures() > 0) {
            parts.add(new Part.Lines(List.of(Text.bold("Measures").plain(" — " + Words.count(status.kpis().measures(), "measure")
                    + ": " + status.kpis().due() + " due, " + status.kpis().overdue() + " overdue for a value · ")
                    .command("kpi").plain(" lists yours"))));
        }
        parts.add(new Part.Note(Text.of("As of " + Words.day(s.asOf()) + " · ").command("status <ref>")
                .plain(" for one action · ").command("overdue").plain(" for what is late")));
        return "Plan status: " + s.title();
    }
}
