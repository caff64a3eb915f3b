package uk.lscb.cse.plan.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Singleton;

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
        } catch (JsonProcessingException e) {
            throw refused(e, e.getOriginalMessage().lines().findFirst().orElse("not a YAML plan"));
        }
        if (document == null) {
            throw new RefusedFile(List.of(new ImportProblem("file", null, "the YAML plan is empty")));
        }
        return located(document);
    }

    public String write(PlanDocument document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the plan as YAML", e);
        }
    }

    private static RefusedFile refused(JsonProcessingException e, String reason) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "file" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new RefusedFile(List.of(new ImportProblem(where, null, reason)));
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
