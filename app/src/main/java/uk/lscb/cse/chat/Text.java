package uk.lscb.cse.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of words with the little formatting both platforms can show; each platform turns the
 * styles into its own markup (Slack mrkdwn, Teams card markdown), so the words are the same.
 */
public record Text(List<Span> spans) {
    public enum Style {
        PLAIN, STRONG, EMPHASIS,
        /** Fixed-width on Slack (a bar chart); plain on Teams, which has no inline code. */
        CODE,
        /** Something to type to the bot: "/cse overdue" on Slack, "overdue" on Teams. */
        COMMAND
    }

    public record Span(String text, Style style) {
    }

    public Text {
        spans = List.copyOf(spans);
    }

    public static Text of(String plain) {
        return new Text(List.of()).plain(plain);
    }

    public static Text bold(String text) {
        return new Text(List.of()).strong(text);
    }

    public Text plain(String text) {
        return with(text, Style.PLAIN);
    }

    public Text strong(String text) {
        return with(text, Style.STRONG);
    }

    public Text em(String text) {
        return with(text, Style.EMPHASIS);
    }

    public Text code(String text) {
        return with(text, Style.CODE);
    }

    public Text command(String text) {
        return with(text, Style.COMMAND);
    }

    public Text then(Text more) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more.spans);
        return new Text(all);
    }

    /** The words without markup, commands as typed on Teams: for notifications and tests. */
    public String words() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /**
     * Wraps words in a markup marker ("*", "**", "_") the way chat markdown reads it: the markers
     * touch the words (spaces stay outside) and each line is wrapped on its own.
     */
    public static String mark(String marker, String words) {
        String core = words.strip();
        if (core.isEmpty()) {
            return words;
        }
        int start = words.indexOf(core);
        return words.substring(0, start) + marker + core.replace("\n", marker + "\n" + marker) + marker
                + words.substring(start + core.length());
    }

    private Text with(String text, Style style) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        List<Span> all = new ArrayList<>(spans);
        all.add(new Span(text, style));
        return new Text(all);
    }
}
