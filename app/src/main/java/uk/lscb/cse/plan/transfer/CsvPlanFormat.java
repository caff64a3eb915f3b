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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CSV plan file: one row per action, a header row, columns in any order, extra columns ignored.
 * Rows are numbered as a spreadsheet shows them (the header is row 1). Cells a spreadsheet would run
 * as a formula are written with a leading apostrophe, and read back without it.
 */
@Singleton
public final class CsvPlanFormat {
    public static final List<String> COLUMNS = List.of(
            "theme", "ref", "action", "how", "outcomes", "leads", "timescale", "rag", "progress", "priority", "review_refs");
    private static final List<String> REQUIRED = List.of("theme", "action");
    // What spreadsheets read as the start of a formula (OWASP's CSV injection list), after any
    // apostrophes: "'=x" is written "''=x", so that reading strips exactly the one writing added.
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");
    private static final int MAX_THEME = 255;

    public PlanDocument read(String csv, String title) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        Map<String, List<PlanDocument.Action>> themes = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<ImportProblem> repeated = CsvHeader.repeated(parser.getHeaderNames());
            if (!repeated.isEmpty()) {
                throw new RefusedFile(repeated);
            }
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new RefusedFile(List.of(new ImportProblem("row 1", null, "the header row has no "
                        + String.join(" or ", missing) + " column; expected columns: " + String.join(", ", COLUMNS))));
            }
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                if (Arrays.stream(record.values()).allMatch(String::isBlank)) {
                    continue;
                }
                String theme = cell(record, columns, "theme");
                if (theme == null) {
                    problems.add(new ImportProblem("row " + row, "theme", "is empty; every action belongs to a theme"));
                    continue;
                }
                if (theme.length() > MAX_THEME) {
                    problems.add(new ImportProblem("row " + row, "theme", "is longer than " + MAX_THEME + " characters"));
                    continue;
                }
                themes.computeIfAbsent(theme, t -> new ArrayList<>()).add(new PlanDocument.Action(
                        cell(record, columns, "ref"), null, cell(record, columns, "action"),
                        cell(record, columns, "how"), cell(record, columns, "outcomes"),
                        list(cell(record, columns, "leads")), cell(record, columns, "timescale"),
                        cell(record, columns, "rag"), cell(record, columns, "progress"),
                        priority(cell(record, columns, "priority"), row, problems),
                        list(cell(record, columns, "review_refs")), "row " + row));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RefusedFile(List.of(new ImportProblem("file", null, "not a readable CSV file: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new RefusedFile(problems);
        }
        List<PlanDocument.Theme> themeList = themes.entrySet().stream()
                .map(e -> new PlanDocument.Theme(e.getKey(), null, e.getValue())).toList();
        return new PlanDocument(null, title, null, null, List.of(), themeList, List.of());
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

    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : header) {
            columns.putIfAbsent(CsvHeader.key(name), name);
        }
        return columns;
    }

    /** A cell as written: one apostrophe before anything a spreadsheet would run, so it shows as text. */
    static String inert(String cell) {
        return cell != null && FORMULA.matcher(cell).find() ? "'" + cell : cell;
    }

    /** A cell as read: the apostrophe {@link #inert} added is taken off again. */
    static String revived(String cell) {
        return FORMULA.matcher(cell).find() ? cell.substring(1) : cell;
    }

    private static String cell(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : revived(value).strip();
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Boolean priority(String cell, int row, List<ImportProblem> problems) {
        if (cell == null) {
            return null;
        }
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> null;
            default -> {
                problems.add(new ImportProblem("row " + row, "priority", "'" + cell + "' is not yes or no"));
                yield null;
            }
        };
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join("; ", values);
    }
}
