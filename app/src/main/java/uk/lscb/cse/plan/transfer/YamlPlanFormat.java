package uk.lscb.cse.plan.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Singleton;
import uk.lscb.cse.ImportProblem;
import uk.lscb.cse.RefusedFile;

import java.util.ArrayList;
import java.util.List;

/** The YAML plan file: one plan, the whole model, round-trippable. */
@Singleton
public final class YamlPlanFormat {
    private final YAMLMapper mapper = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // refs such as "1.10" must stay strings, not become the number 1.1
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public PlanDocument read(String yaml) {
        PlanDocument document;
        try {
            document = mapper.readValue(yaml, PlanDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw refused(e, "unknown field '" + e.getPropertyName() + "'; known fields here: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()));
        } catch (MismatchedInputException e) {
            throw refused(e, "wrong kind of value here: expected " + kind(e.getTargetType()));
        } catch (JsonProcessingException e) {
            // SnakeYAML spreads its message over several lines with a caret drawing; keep the words.
            String message = e.getOriginalMessage().lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("^") && !line.startsWith("in 'reader'"))
                    .reduce((a, b) -> a + " " + b).orElse("");
            throw refused(e, "not valid YAML: " + message);
        }
        if (document == null) {
            throw new RefusedFile(List.of(new ImportProblem("file", null, "the YAML plan is empty")));
        }
        return located(document);
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (lines starting with '- ')";
        }
        if (type == String.class || type == Boolean.class || Number.class.isAssignableFrom(type)) {
            return "a single value, e.g. text in quotes";
        }
        return "a block of fields (key: value lines)";
    }

    public String write(PlanDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (MismatchedInputException e) {
            throw refused(e, "wrong kind of value here: expected " + kind(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the plan as YAML", e);
        }
    }

    // "themes[1].actions[3] (line 12)": the path names the action even where the line is approximate.
    private static RefusedFile refused(JsonProcessingException e, String reason) {
        StringBuilder where = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference step : mapping.getPath()) {
                if (step.getIndex() >= 0) {
                    where.append('[').append(step.getIndex() + 1).append(']');
                } else if (step.getFieldName() != null && !(e instanceof UnrecognizedPropertyException
                        && step == mapping.getPath().get(mapping.getPath().size() - 1))) {
                    where.append(where.isEmpty() ? "" : ".").append(step.getFieldName());
                }
            }
        }
        JsonLocation at = e.getLocation();
        if (at != null) {
            where.append(where.isEmpty() ? "" : " ").append(where.isEmpty() ? "line " : "(line ").append(at.getLineNr())
                    .append(where.indexOf("(") >= 0 ? ")" : "");
        }
        return new RefusedFile(List.of(new ImportProblem(where.isEmpty() ? "file" : where.toString(), null, reason)));
    }

    private static PlanDocument located(PlanDocument document) {
        if (document.themes() == null) {
            return document;
        }
        List<PlanDocument.Theme> themes = new ArrayList<>();
        for (int t = 0; t < document.themes().size(); t++) {
            PlanDocument.Theme theme = document.themes().get(t);
            List<PlanDocument.Action> actions = new ArrayList<>();
            List<PlanDocument.Action> given = theme.actions() == null ? List.of() : theme.actions();
            for (int a = 0; a < given.size(); a++) {
                actions.add(given.get(a).at("themes[" + (t + 1) + "].actions[" + (a + 1) + "]"));
            }
            themes.add(new PlanDocument.Theme(theme.name(), theme.aim(), actions));
        }
        return new PlanDocument(document.board(), document.title(), document.period(), document.reviewCadence(),
                document.recommendations(), themes, document.kpis());
    }
}
