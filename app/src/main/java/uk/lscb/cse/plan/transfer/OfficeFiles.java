package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.RefusedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells an Excel workbook from a Word document by what the file holds, not by what it was sent as,
 * and turns what POI throws into a refusal that says what to do. Only the zip's entry names are read
 * here (nothing is inflated), so a zip bomb meets POI's own guard, never this class.
 */
final class OfficeFiles {
    enum Kind { XLSX, DOCX }

    private OfficeFiles() {
    }

    static Kind kind(byte[] file) {
        if (file.length >= 4 && (file[0] & 0xff) == 0xD0 && (file[1] & 0xff) == 0xCF) {
            throw TabularPlan.refused("file", "this is an older Office file (.xls or .doc); open it and save it as"
                    + " .xlsx (Excel) or .docx (Word), then send that");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw TabularPlan.refused("file", "this is not an Excel (.xlsx) or Word (.docx) file; send the plan as .xlsx,"
                    + " .docx, CSV (text/csv) or YAML (application/yaml)");
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/")) {
                    return Kind.XLSX;
                }
                if (entry.getName().startsWith("word/")) {
                    return Kind.DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(e, "an Excel (.xlsx) or Word (.docx) file");
        }
        throw TabularPlan.refused("file", "this zip file is neither an Excel workbook nor a Word document; send the plan"
                + " as .xlsx or .docx");
    }

    static RefusedFile unreadable(Exception e, String what) {
        if (e instanceof RefusedFile refused) {
            return refused;
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("exceed") && message.contains("max")) {
            return TabularPlan.refused("file", "the file expands to far more than its size (POI's zip-bomb guard"
                    + " refused it); save the plan again from Excel or Word and send that");
        }
        return TabularPlan.refused("file", "not a readable " + what + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")"));
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
