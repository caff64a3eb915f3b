package uk.lscb.cse.chat;

import java.util.List;

/**
 * A reply or notice ready for a platform to render: the words are decided here, once.
 * {@code summary} is the plain text platforms show in notifications and to screen readers.
 */
public record ChatView(String summary, Audience audience, List<Part> parts) {
    public ChatView {
        parts = List.copyOf(parts);
    }

    /** This view with {@code below} under it, e.g. an answer above the action as it now stands. */
    public ChatView above(ChatView below) {
        List<Part> all = new java.util.ArrayList<>(parts);
        all.addAll(below.parts);
        return new ChatView(summary, audience, all);
    }

    public void renderTo(Part.Renderer renderer) {
        parts.forEach(part -> part.renderTo(renderer));
    }

    /** Every word of the view, for tests and logs that must show nothing sensitive. */
    public String words() {
        StringBuilder all = new StringBuilder(summary);
        renderTo(new Part.Renderer() {
            public void heading(Part.Heading heading) {
                all.append('\n').append(heading.text());
            }

            public void lines(Part.Lines lines) {
                lines.lines().forEach(line -> all.append('\n').append(line.words()));
            }

            public void facts(Part.Facts facts) {
                facts.facts().forEach(f -> all.append('\n').append(f.label()).append(": ").append(f.value().words()));
            }

            public void note(Part.Note note) {
                all.append('\n').append(note.text().words());
            }

            public void updateButtons(Part.UpdateButtons buttons) {
                all.append("\n[Green] [Amber] [Red] [Complete] [Add note]");
            }

            public void valueInput(Part.ValueInput input) {
                all.append("\n[Enter the value for ").append(input.period()).append(']');
            }
        });
        return all.toString();
    }
}
