package uk.lscb.cse.chat.teams;

import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Part;
import uk.lscb.cse.chat.Text;
import uk.lscb.cse.plan.Rag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a {@link ChatView} as an Adaptive Card (1.5). It words nothing itself. RAG buttons are
 * {@code Action.Execute} (verb "rag") carrying the plan and ref, with a note box on the card, so
 * the bot answers the invoke with a replacement card.
 */
final class TeamsViews implements Part.Renderer {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    // Emphasis, links and the escape itself; < > and ~ ` for hosts that read more than the card spec.
    private static final Pattern MARKUP = Pattern.compile("[\\\\*_\\[\\]<>~`]");

    private final List<Map<String, Object>> body = new ArrayList<>();
    private final List<Map<String, Object>> actions = new ArrayList<>();

    private TeamsViews() {
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

        /** The answer to an Action.Execute invoke: this card replaces the one pressed. */
        Map<String, Object> invokeResponse() {
            return Map.of("statusCode", 200, "type", CONTENT_TYPE, "value", card);
        }
    }

    static Card render(ChatView view) {
        TeamsViews renderer = new TeamsViews();
        view.renderTo(renderer);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("body", renderer.body);
        if (!renderer.actions.isEmpty()) {
            card.put("actions", renderer.actions);
        }
        return new Card(view.summary(), card);
    }

    public void heading(Part.Heading heading) {
        body.add(Map.of("type", "TextBlock", "text", escape(heading.text()), "weight", "Bolder", "size", "Medium", "wrap", true));
    }

    public void lines(Part.Lines lines) {
        lines.lines().forEach(line -> body.add(Map.of("type", "TextBlock", "text", markdown(line), "wrap", true)));
    }

    public void facts(Part.Facts facts) {
        body.add(Map.of("type", "FactSet", "facts", facts.facts().stream()
                .map(f -> Map.of("title", f.label(), "value", markdown(f.value()))).toList()));
    }

    public void note(Part.Note note) {
        body.add(Map.of("type", "TextBlock", "text", markdown(note.text()), "wrap", true, "isSubtle", true, "size", "Small"));
    }

    /** The note box and the RAG buttons; the invoke carries plan, ref, RAG and the note typed. */
    public void updateButtons(Part.UpdateButtons buttons) {
        body.add(Map.of("type", "Input.Text", "id", "note", "isMultiline", true, "maxLength", 2000,
                "placeholder", "Progress note (needed for Red or Complete)"));
        for (Rag rag : List.of(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.COMPLETE)) {
            actions.add(Map.of("type", "Action.Execute", "title", rag.label(), "verb", "rag",
                    "data", Map.of("planId", buttons.planId(), "ref", buttons.ref(), "rag", rag.name())));
        }
        actions.add(Map.of("type", "Action.Execute", "title", "Add note", "verb", "note",
                "data", Map.of("planId", buttons.planId(), "ref", buttons.ref())));
    }

    /** A number box, a note box and Save: the invoke (verb "kpi") carries plan, measure, period and what was typed. */
    public void valueInput(Part.ValueInput input) {
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("type", "Input.Number");
        number.put("id", "value");
        number.put("label", "Value for " + input.period());
        number.put("min", 0);
        number.put("isRequired", true);
        number.put("errorMessage", input.decimals() ? "Give a number of 0 or more." : "Give a whole number of 0 or more.");
        body.add(number);
        body.add(Map.of("type", "Input.Text", "id", "note", "isMultiline", true, "maxLength", 2000,
                "placeholder", "Note (optional): about the figures, never about a child"));
        actions.add(Map.of("type", "Action.Execute", "title", "Save value", "verb", "kpi",
                "data", Map.of("planId", input.planId(), "number", input.number(), "period", input.period())));
    }

    // Teams card markdown has bold and italic but no inline code: fixed-width bars show as plain text.
    static String markdown(Text text) {
        StringBuilder out = new StringBuilder();
        for (Text.Span span : text.spans()) {
            String words = escape(span.text());
            out.append(switch (span.style()) {
                case PLAIN, CODE -> words;
                case STRONG -> Text.mark("**", words);
                case EMPHASIS -> Text.mark("_", words);
                case COMMAND -> Text.mark("**", words);
            });
        }
        return out.toString();
    }

    /**
     * Words shown as typed: a note "[click](https://…)" must not become a live link on a card the
     * board trusts, nor "**urgent**" bold. Card markdown takes a backslash before punctuation as
     * "this character itself", as CommonMark does. Slack's counterpart is Blocks.esc.
     */
    static String escape(String words) {
        return MARKUP.matcher(words).replaceAll("\\\\$0");
    }
}
