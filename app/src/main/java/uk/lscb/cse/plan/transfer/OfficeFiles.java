package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.RefusedFile;

import java.nio.charset.StandardCharsets;

/**
 * Tells an Excel workbook from a Word document by what the file holds, not by what it was sent as,
 * and turns what POI throws into a refusal that says what to do. Only the entry names a zip stores
 * uncompressed are looked for here (nothing is inflated), so a zip bomb meets POI's own guard.
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
        if (contains(file, "xl/workbook.xml")) {
            return Kind.XLSX;
        }
        if (contains(file, "word/document.xml")) {
            return Kind.DOCX;
        }
        throw TabularPlan.refused("file", "this zip file holds no Excel workbook or Word document (or it was cut short on"
                + " the way); save the plan again as .xlsx or .docx and send that");
    }

    private static boolean contains(byte[] file, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= file.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (file[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
                + (e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")") + "; open it, save it again and send that");
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
