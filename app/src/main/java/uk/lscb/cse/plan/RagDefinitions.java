package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each RAG rating means on a board, in its own words ("Green: on track", "Blue: complete"):
 * boards define their colours differently, so help and the board's reports show its own legend.
 */
@Singleton
public class RagDefinitions {
    private static final int MAX_MEANING = 255;

    private final Jdbc jdbc;
    private final Audit audit;

    RagDefinitions(Jdbc jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The board's definitions in RAG order; empty when it has set none. */
    @ReadOnly
    public Map<Rag, String> of(long boardId) {
        Map<Rag, String> definitions = new EnumMap<>(Rag.class);
        jdbc.list("SELECT rag, meaning FROM board_rag_definition WHERE board_id = ?",
                rs -> definitions.put(Rag.valueOf(rs.getString(1)), rs.getString(2)), boardId);
        return definitions;
    }

    /**
     * Replaces the board's definitions: keys are RAG wordings as plans write them ("Green", "G", "Blue",
     * "Not rated"), values what the board means by them; an empty value leaves that rating undefined.
     */
    @Transactional
    public Map<Rag, String> set(long boardId, Map<String, String> given, Actor actor) {
        Map<Rag, String> definitions = new EnumMap<>(Rag.class);
        List<String> problems = new ArrayList<>();
        given.forEach((wording, meaning) -> {
            Rag rag = Rag.read(wording).filter(r -> wording != null && !wording.isBlank()).orElse(null);
            if (rag == null) {
                problems.add("'" + wording + "' is not a RAG rating (use Red, Amber, Green, Complete or Blue, Not started,"
                        + " Not rated)");
            } else if (meaning != null && meaning.strip().length() > MAX_MEANING) {
                problems.add(wording + ": keep the meaning under " + MAX_MEANING + " characters");
            } else if (definitions.containsKey(rag)) {
                problems.add("'" + wording + "' names " + rag.label() + " again");
            } else if (meaning != null && !meaning.isBlank()) {
                definitions.put(rag, meaning.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("; ", problems));
        }
        Map<Rag, String> old = of(boardId);
        jdbc.update("DELETE FROM board_rag_definition WHERE board_id = ?", boardId);
        jdbc.batch("INSERT INTO board_rag_definition (board_id, rag, meaning) VALUES (?, ?, ?)", definitions.entrySet()
                .stream().map(e -> new Object[]{boardId, e.getKey(), e.getValue()}).toList());
        audit.record(boardId, "board", boardId, "rag definitions", describe(old), describe(definitions), actor);
        return definitions;
    }

    /** "Green: on track", one line per rating defined, for help and reports. */
    public static List<String> lines(Map<Rag, String> definitions) {
        return definitions.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue()).toList();
    }

    private static String describe(Map<Rag, String> definitions) {
        return definitions.isEmpty() ? null : definitions.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
