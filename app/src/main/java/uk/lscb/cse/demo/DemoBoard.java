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
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.plan.transfer.ImportingPlan;
import uk.lscb.cse.plan.transfer.PlanDocument;
import uk.lscb.cse.plan.transfer.YamlPlanFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * On a first run with the embedded database, loads a real published plan (North East Lincolnshire's,
 * which has done, late and coming actions) as a board called "demo", so there is something to query
 * straight away. Its dates are moved by whole years so that today falls inside the plan, and the board
 * and plan say so: sample data, dates moved. CSE_DEMO=true/false forces it on or off; the default (auto)
 * loads it only with the embedded database.
 */
@Singleton
class DemoBoard {
    static final String SLUG = "demo";
    private static final String PLAN = "seeds/north-east-lincolnshire-2016-18.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(DemoBoard.class);

    private final String mode;
    private final String datasourceUrl;
    private final Boards boards;
    private final ImportingPlan importing;
    private final YamlPlanFormat yaml;
    private final ResourceLoader resources;
    private final Clock clock;

    DemoBoard(@Value("${cse.demo:auto}") String mode, @Value("${datasources.default.url:}") String datasourceUrl,
              Boards boards, ImportingPlan importing, YamlPlanFormat yaml, ResourceLoader resources, Clock clock) {
        this.clock = clock;
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
        ImportingPlan.Imported plan = load(SLUG);
        LOG.info("Loaded the demo board '{}': plan '{}' ({}) with {} actions (GET /api/plans/{}/summary)",
                SLUG, plan.title(), plan.planId(), plan.actions(), plan.planId());
    }

    /** The sample plan as board {@code slug}, its dates moved so that today falls inside it. */
    ImportingPlan.Imported load(String slug) {
        PlanDocument original = yaml.read(read());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(Board.DEFAULT_TIME_ZONE)));
        int years = ShiftingDates.years(original, today);
        String moved = years == 0 ? "dates as published" : "dates moved " + Math.abs(years) + (Math.abs(years) == 1
                ? " year " : " years ") + (years > 0 ? "later" : "earlier");
        String label = "(sample data: " + moved + " so that today falls inside the plan)";
        Actor actor = new Actor("demo-loader", Source.IMPORT, null);
        long boardId = boards.save(slug, new Boards.Settings("DEMO - " + original.board() + " " + label, null), true, actor)
                .board().id();
        return importing.importPlan(boardId, ShiftingDates.shift(original, years, label), actor);
    }

    private String read() {
        try (InputStream in = resources.getResourceAsStream(PLAN).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
