package uk.lscb.cse.plan.transfer;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import uk.lscb.cse.CsvHeader;
import uk.lscb.cse.ImportProblem;
import uk.lscb.cse.RefusedFile;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CSV plan file: one row per action, a header row naming the columns in any order and in the words
 * boards use ({@link PlanHeaders}); columns it does not know are listed in the reply as ignored.
 * Rows are numbered as a spreadsheet shows them (the header is row 1). Cells a spreadsheet would run
 * as a formula are written with a leading apostrophe, and read back without it.
 */
@Singleton
public final class CsvPlanFormat {
    public static final List<String> COLUMNS = List.of(
            "theme", "ref", "action", "how", "outcomes", "leads", "timescale", "rag", "progress", "priority", "review_refs");
    // What spreadsheets read as the start of a formula (OWASP's CSV injection list), after any
    // apostrophes: "'=x" is written "''=x", so that reading strips exactly the one writing added.
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");

    public PlanDocument read(String csv, String title) {
        return read(csv, title, Set.of()).document();
    }

    /** @param knownAgencies the board's agencies, lower case (see {@link PlanRows}) */
    ReadPlan read(String csv, String title, Set<String> knownAgencies) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.hasNext() ? List.of(records.next().values()) : List.of();
            List<ImportProblem> repeated = CsvHeader.repeated(header);
            if (!repeated.isEmpty()) {
                throw new RefusedFile(repeated);
            }
            PlanHeaders.Mapping mapping = new PlanHeaders.Mapping();
            mapping.addRow(header);
            if (!mapping.has("action")) {
                throw new RefusedFile(List.of(new ImportProblem("row 1", null, "the header row has no action column"
                        + (header.isEmpty() ? "" : " (its headings: " + String.join(", ", header) + ")")
                        + "; name the column that says what will be done Action (columns: " + String.join(", ", COLUMNS) + ")")));
            }
            PlanRows rows = new PlanRows(mapping, title, knownAgencies);
            int row = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row++;
                if (Arrays.stream(record.values()).allMatch(String::isBlank)) {
                    continue;
                }
                rows.add("row " + row, List.of(record.values()));
            }
            if (!rows.problems().isEmpty()) {
                throw new RefusedFile(rows.problems());
            }
            return new ReadPlan(rows.document(title, List.of()), mapping.report());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RefusedFile(List.of(new ImportProblem("file", null, "not a readable CSV file: " + e.getMessage())));
        }
    }

    public String write(PlanDocument plan) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (PlanDocument.Theme theme : plan.themes()) {
                for (PlanDocument.Action a : theme.actions()) {
                    printer.printRecord(Stream.of(theme.name(), a.ref(), a.action(), a.how(), a.outcomes(),
                            join(a.leads()), a.timescale(), a.rag(), a.progress(),
                            Boolean.TRUE.equals(a.priority()) ? "yes" : "", join(a.reviewRefs()))
                            .map(CsvPlanFormat::inert).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell as written: one apostrophe before anything a spreadsheet would run, so it shows as text. */
    static String inert(String cell) {
        return cell != null && FORMULA.matcher(cell).find() ? "'" + cell : cell;
    }

    /** A cell as read: the apostrophe {@link #inert} added is taken off again. */
    static String revived(String cell) {
        return FORMULA.matcher(cell).find() ? cell.substring(1) : cell;
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join("; ", values);
    }
}
