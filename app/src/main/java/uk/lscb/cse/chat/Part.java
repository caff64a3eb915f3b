package uk.lscb.cse.chat;

import java.util.List;

/**
 * The pieces a reply or notice is made of, platform-neutral. Each platform implements
 * {@link Renderer}, one method per piece, so a new piece does not compile until both render it.
 */
public sealed interface Part {
    void renderTo(Renderer renderer);

    interface Renderer {
        void heading(Heading heading);

        void lines(Lines lines);

        void facts(Facts facts);

        void note(Note note);

        void updateButtons(UpdateButtons buttons);

        void valueInput(ValueInput input);
    }

    record Heading(String text) implements Part {
        public void renderTo(Renderer renderer) {
            renderer.heading(this);
        }
    }

    /** Lines shown one under the other, e.g. a list of actions. */
    record Lines(List<Text> lines) implements Part {
        public Lines {
            lines = List.copyOf(lines);
        }

        public void renderTo(Renderer renderer) {
            renderer.lines(this);
        }
    }

    /** Label and value pairs, e.g. RAG, leads, timescale. */
    record Facts(List<Fact> facts) implements Part {
        public Facts {
            facts = List.copyOf(facts);
        }

        public void renderTo(Renderer renderer) {
            renderer.facts(this);
        }
    }

    record Fact(String label, Text value) {
    }

    /** Small print under the rest: hints, "as of", how to get linked. */
    record Note(Text text) implements Part {
        public void renderTo(Renderer renderer) {
            renderer.note(this);
        }
    }

    /** Green, Amber, Red, Complete and Add note for one action (Slack opens a modal, Teams has a note box). */
    record UpdateButtons(long planId, String ref) implements Part {
        public void renderTo(Renderer renderer) {
            renderer.updateButtons(this);
        }
    }

    /**
     * A number box for measure {@code number}'s value for {@code period} (Slack: a button opening a modal
     * with a number input; Teams: Input.Number and a Save button). {@code decimals}: the measure is not a count.
     */
    record ValueInput(long planId, int number, String period, String measure, boolean decimals) implements Part {
        public void renderTo(Renderer renderer) {
            renderer.valueInput(this);
        }
    }
}
