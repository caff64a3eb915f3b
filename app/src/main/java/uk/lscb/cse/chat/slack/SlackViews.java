package uk.lscb.cse.chat.slack;

import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Part;
import uk.lscb.cse.chat.Text;
import uk.lscb.cse.plan.Rag;

import java.util.List;
import java.util.Map;

/** Renders a {@link ChatView} as Block Kit within Slack's limits. It words nothing itself. */
final class SlackViews implements Part.Renderer {
    private final Blocks blocks = new Blocks();

    private SlackViews() {
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

    static Rendered render(ChatView view) {
        SlackViews renderer = new SlackViews();
        view.renderTo(renderer);
        return new Rendered(view.summary(), renderer.blocks.list());
    }

    public void heading(Part.Heading heading) {
        blocks.header(heading.text());
    }

    public void lines(Part.Lines lines) {
        // Leave room for what usually follows a list: buttons and a note.
        blocks.lines(lines.lines().stream().map(SlackViews::mrkdwn).toList(), 2, "");
    }

    public void facts(Part.Facts facts) {
        blocks.fields(facts.facts().stream().map(f -> "*" + Blocks.esc(f.label()) + "*\n" + mrkdwn(f.value())).toList());
    }

    public void note(Part.Note note) {
        blocks.context(mrkdwn(note.text()));
    }

    public void updateButtons(Part.UpdateButtons buttons) {
        String value = buttons.planId() + "|" + buttons.ref();
        blocks.buttons(List.of(
                Blocks.button(Rag.GREEN.label(), "rag:GREEN", value, "primary"),
                Blocks.button(Rag.AMBER.label(), "rag:AMBER", value, null),
                Blocks.button(Rag.RED.label(), "rag:RED", value, "danger"),
                Blocks.button(Rag.COMPLETE.label(), "rag:COMPLETE", value, null),
                Blocks.button("Add note", "note", value, null)));
    }

    /** A button opening the value modal ({@link KpiModal}): the plan, the measure's number and the period. */
    public void valueInput(Part.ValueInput input) {
        blocks.buttons(List.of(Blocks.button(Blocks.cut("Enter the value for " + input.period(), 75), KpiModal.OPEN,
                input.planId() + "|" + input.number() + "|" + input.period(), "primary")));
    }

    static String mrkdwn(Text text) {
        StringBuilder out = new StringBuilder();
        for (Text.Span span : text.spans()) {
            String words = Blocks.esc(span.text());
            out.append(switch (span.style()) {
                case PLAIN -> words;
                case STRONG -> Text.mark("*", words);
                case EMPHASIS -> Text.mark("_", words);
                case CODE -> Text.mark("`", words);
                case COMMAND -> "`/cse " + words + "`";
            });
        }
        return out.toString();
    }
}
