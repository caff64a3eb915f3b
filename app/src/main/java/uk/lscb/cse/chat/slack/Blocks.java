package uk.lscb.cse.chat.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Block Kit building blocks as plain JSON maps, kept within Slack's limits. */
final class Blocks {
    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION_TEXT = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Map<String, Object>> blocks = new ArrayList<>();

    Blocks header(String text) {
        blocks.add(Map.of("type", "header", "text", plain(cut(text, 150))));
        return this;
    }

    Blocks section(String mrkdwn) {
        blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", cut(mrkdwn, MAX_SECTION_TEXT))));
        return this;
    }

    Blocks fields(List<String> mrkdwn) {
        blocks.add(Map.of("type", "section", "fields",
                mrkdwn.stream().limit(10).map(f -> Map.of("type", "mrkdwn", "text", cut(f, 2000))).toList()));
        return this;
    }

    Blocks context(String mrkdwn) {
        if (mrkdwn != null && !mrkdwn.isBlank()) {
            blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", cut(mrkdwn, 3000)))));
        }
        return this;
    }

    Blocks divider() {
        blocks.add(Map.of("type", "divider"));
        return this;
    }

    Blocks buttons(List<Map<String, Object>> buttons) {
        blocks.add(Map.of("type", "actions", "elements", buttons.stream().limit(25).toList()));
        return this;
    }

    /**
     * Lines as sections of up to 3000 characters, never splitting a line, leaving room for {@code reserve}
     * more blocks; what does not fit is counted in a last "…and N more" line.
     */
    Blocks lines(List<String> lines, int reserve, String moreHint) {
        int room = MAX_BLOCKS - blocks.size() - reserve;
        StringBuilder section = new StringBuilder();
        int used = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = cut(lines.get(i), MAX_SECTION_TEXT - 100);
            if (section.length() + line.length() + 1 > MAX_SECTION_TEXT - 100) {
                if (used == room - 1) {
                    section.append("\n…and ").append(lines.size() - i).append(" more. ").append(moreHint);
                    section(section.toString());
                    return this;
                }
                section(section.toString());
                used++;
                section.setLength(0);
            }
            section.append(section.isEmpty() ? "" : "\n").append(line);
        }
        if (!section.isEmpty()) {
            section(section.toString());
        }
        return this;
    }

    static Map<String, Object> button(String text, String actionId, String value, String style) {
        Map<String, Object> button = new LinkedHashMap<>();
        button.put("type", "button");
        button.put("text", plain(text));
        button.put("action_id", actionId);
        button.put("value", value);
        if (style != null) {
            button.put("style", style);
        }
        return button;
    }

    List<Map<String, Object>> list() {
        return blocks;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> plain(String text) {
        return Map.of("type", "plain_text", "text", text, "emoji", true);
    }

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
