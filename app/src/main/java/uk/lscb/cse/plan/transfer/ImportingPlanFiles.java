package uk.lscb.cse.plan.transfer;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.FindingUnchasedActions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plan file of any format into a board: read with the board's own vocabulary (its agencies), stored
 * by {@link ImportingPlan}, and answered with what the board manager should check, all in one transaction.
 */
@Singleton
class ImportingPlanFiles {
    private final ImportingPlan importing;
    private final CsvPlanFormat csv;
    private final XlsxPlanFormat xlsx;
    private final DocxPlanFormat docx;
    private final FindingUnchasedActions unchased;
    private final Jdbc jdbc;

    ImportingPlanFiles(ImportingPlan importing, CsvPlanFormat csv, XlsxPlanFormat xlsx, DocxPlanFormat docx,
                       FindingUnchasedActions unchased, Jdbc jdbc) {
        this.importing = importing;
        this.csv = csv;
        this.xlsx = xlsx;
        this.docx = docx;
        this.unchased = unchased;
        this.jdbc = jdbc;
    }

    @Transactional
    ImportReply yaml(Board board, PlanDocument document, Actor actor) {
        return store(board, new ReadPlan(document, PlanHeaders.Report.NONE), List.of(), actor);
    }

    @Transactional
    ImportReply csv(Board board, String body, String title, Actor actor) {
        return referring(board, csv.read(body, title, agencies(board)), actor);
    }

    /** An Excel workbook or a Word document, told apart by what the file holds. */
    @Transactional
    ImportReply office(Board board, byte[] body, String title, String sheet, Actor actor) {
        ReadPlan read = switch (OfficeFiles.kind(body)) {
            case XLSX -> xlsx.read(body, title, sheet, agencies(board));
            case DOCX -> docx.read(body, title, agencies(board));
        };
        return referring(board, read, actor);
    }

    /** A CSV file read as an import reads it, for a revision of the board's plan. */
    @ReadOnly
    PlanDocument csvDocument(Board board, String body, String title) {
        return csv.read(body, title, agencies(board)).document();
    }

    /** An Excel workbook or a Word document read as an import reads it, for a revision of the board's plan. */
    @ReadOnly
    PlanDocument officeDocument(Board board, byte[] body, String title, String sheet) {
        return switch (OfficeFiles.kind(body)) {
            case XLSX -> xlsx.read(body, title, sheet, agencies(board)).document();
            case DOCX -> docx.read(body, title, agencies(board)).document();
        };
    }

    /**
     * Recommendations referred to by number in a table are created, with their text from the file's
     * recommendations sheet or section, else from the board's latest plan with that ref, else a note
     * that the text is still to come (listed in the reply).
     */
    private ImportReply referring(Board board, ReadPlan read, Actor actor) {
        PlanDocument doc = read.document();
        List<PlanDocument.Recommendation> recommendations = new ArrayList<>(doc.recommendations());
        Set<String> given = recommendations.stream().map(PlanDocument.Recommendation::ref).collect(Collectors.toSet());
        Set<String> referred = new LinkedHashSet<>();
        doc.themes().forEach(t -> t.actions().forEach(a -> referred.addAll(a.reviewRefs())));
        referred.removeAll(given);
        Map<String, String> earlier = referred.isEmpty() ? Map.of() : earlierRecommendations(board);
        List<String> withoutText = new ArrayList<>();
        for (String ref : referred) {
            String text = earlier.get(ref);
            if (text == null) {
                withoutText.add(ref);
                text = "Recommendation " + ref + " (its text was not in the imported file)";
            }
            recommendations.add(new PlanDocument.Recommendation(ref, text));
        }
        PlanDocument completed = new PlanDocument(doc.board(), doc.title(), doc.period(), doc.reviewCadence(),
                recommendations, doc.themes(), doc.kpis());
        return store(board, new ReadPlan(completed, read.columns()), withoutText, actor);
    }

    private ImportReply store(Board board, ReadPlan read, List<String> withoutText, Actor actor) {
        ImportingPlan.Imported imported = importing.importPlan(board.id(), read.document(), actor);
        return new ImportReply(imported, read.columns().columns(), read.columns().ignoredColumns(),
                read.columns().warnings(), withoutText, unchased.in(imported.planId()));
    }

    private Set<String> agencies(Board board) {
        return new HashSet<>(jdbc.list("SELECT name FROM agency WHERE board_id = ?",
                rs -> rs.getString(1).toLowerCase(Locale.ROOT), board.id()));
    }

    // The newest text for each ref among the board's plans.
    private Map<String, String> earlierRecommendations(Board board) {
        Map<String, String> texts = new java.util.HashMap<>();
        jdbc.list("""
                SELECT r.ref, r.text FROM recommendation r JOIN plan p ON p.id = r.plan_id
                WHERE p.board_id = ? AND r.text NOT LIKE '%(its text was not in the imported file)' ORDER BY p.id, r.id""",
                rs -> texts.put(rs.getString(1), rs.getString(2)), board.id());
        return texts;
    }
}
