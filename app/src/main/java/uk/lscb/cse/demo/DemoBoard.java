package uk.lscb.cse.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.io.ResourceLoader;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.plan.transfer.ImportingPlan;
import uk.lscb.cse.plan.transfer.YamlPlanFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * On a first run with the embedded database, loads a real published plan (Thurrock 2015-16) as a
 * board called "demo", so there is something to query straight away. CSE_DEMO=true/false forces it
 * on or off; the default (auto) loads it only with the embedded database.
 */
@Singleton
class DemoBoard {
    static final String SLUG = "demo";
    private static final String PLAN = "seeds/thurrock-2015-16.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(DemoBoard.class);

    private final String mode;
    private final String datasourceUrl;
    private final Boards boards;
    private final ImportingPlan importing;
    private final YamlPlanFormat yaml;
    private final ResourceLoader resources;

    DemoBoard(@Value("${cse.demo:auto}") String mode, @Value("${datasources.default.url:}") String datasourceUrl,
              Boards boards, ImportingPlan importing, YamlPlanFormat yaml, ResourceLoader resources) {
        this.mode = mode;
        this.datasourceUrl = datasourceUrl;
        this.boards = boards;
        this.importing = importing;
        this.yaml = yaml;
        this.resources = resources;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        boolean wanted = switch (mode.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            // No URL configured means the embedded database is in use.
            default -> datasourceUrl.isBlank();
        };
        if (!wanted || boards.exists(SLUG)) {
            return;
        }
        Actor actor = new Actor("demo-loader", Source.IMPORT, null);
        long boardId = boards.save(SLUG, new Boards.Settings("DEMO - Thurrock LSCB CSE action plan 2015-16 (sample data)",
                null), true, actor).board().id();
        ImportingPlan.Imported plan = importing.importPlan(boardId, yaml.read(read()), actor);
        LOG.info("Loaded the demo board '{}': plan {} with {} actions (GET /api/plans/{}/summary)",
                SLUG, plan.planId(), plan.actions(), plan.planId());
    }

    private String read() {
        try (InputStream in = resources.getResourceAsStream(PLAN).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
