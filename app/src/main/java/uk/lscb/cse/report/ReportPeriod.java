package uk.lscb.cse.report;

import uk.lscb.cse.Invalid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The days a report covers, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new Invalid("the report's period ends (" + to + ") before it starts (" + from + "); give from before to");
        }
    }

    /** A date as people type it in a URL or a command: 2016-03-31. */
    static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(what + " '" + text.strip() + "' is not a date; write it as 2016-03-31");
        }
    }
}
