package uk.lscb.cse.demo;

import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.plan.transfer.PlanDocument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real plan's dates moved by whole years so that today falls inside its period, near the middle of its
 * deadlines: some actions are then done, some overdue and some due soon, as on a live board. Whole years
 * keep every month name right; every year in the plan's wording moves alike ("Sept 2015", "Dec 16",
 * "2015/16"), so the text and the dates read from it agree.
 */
final class ShiftingDates {
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern YEARS = Pattern.compile(
            "\\b((?:19|20)\\d{2})([/-])(\\d{2})\\b"                                 // 2015/16
                    + "|\\b((?:199|20[0-3])\\d)\\b"                                 // 2015
                    + "|(?i)\\b(" + MONTH + "\\s*'?)(\\d{2})\\b(?![/.:\\d])");      // Dec 16

    private ShiftingDates() {
    }

    /** How many years to move the plan: today inside its period, as near as can be to its middle deadline. */
    static int years(PlanDocument plan, LocalDate today) {
        LocalDate start = YearMonth.parse(plan.period().start()).atDay(1);
        LocalDate end = YearMonth.parse(plan.period().end()).atEndOfMonth();
        List<LocalDate> dues = new ArrayList<>();
        plan.themes().forEach(t -> t.actions().forEach(a -> {
            try {
                dues.add(Timescale.read(a.timescale()).due());
            } catch (RuntimeException e) {
                // wording with no readable date plays no part in choosing the shift
            }
        }));
        List<LocalDate> sorted = dues.stream().filter(Objects::nonNull).sorted().toList();
        LocalDate middle = sorted.isEmpty() ? start.plusDays(ChronoUnit.DAYS.between(start, end) / 2)
                : sorted.get(sorted.size() / 2);
        int best = today.getYear() - middle.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int n = today.getYear() - end.getYear() - 1; n <= today.getYear() - start.getYear() + 1; n++) {
            boolean inside = !today.isBefore(start.plusYears(n)) && !today.isAfter(end.plusYears(n));
            long distance = Math.abs(ChronoUnit.DAYS.between(today, middle.plusYears(n)));
            if (inside && distance < bestDistance) {
                best = n;
                bestDistance = distance;
            }
        }
        return best;
    }

    static PlanDocument shift(PlanDocument plan, int years, String label) {
        List<PlanDocument.Theme> themes = plan.themes().stream().map(t -> new PlanDocument.Theme(t.name(),
                text(t.aim(), years), t.actions().stream().map(a -> new PlanDocument.Action(a.ref(), text(a.objective(), years),
                text(a.action(), years), text(a.how(), years), text(a.outcomes(), years), a.leads(),
                text(a.timescale(), years), a.rag(), text(a.progress(), years), a.priority(), a.reviewRefs(), a.source()))
                .toList())).toList();
        PlanDocument.Period period = new PlanDocument.Period(month(plan.period().start(), years), month(plan.period().end(), years));
        return new PlanDocument(plan.board(), plan.title() + " " + label, period, plan.reviewCadence(), plan.recommendations(),
                themes, plan.kpis());
    }

    static String text(String text, int years) {
        if (text == null || years == 0) {
            return text;
        }
        Matcher m = YEARS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String moved;
            if (m.group(1) != null) {
                moved = (Integer.parseInt(m.group(1)) + years) + m.group(2) + twoDigits(Integer.parseInt(m.group(3)) + years);
            } else if (m.group(4) != null) {
                moved = String.valueOf(Integer.parseInt(m.group(4)) + years);
            } else {
                moved = m.group(5) + twoDigits(Integer.parseInt(m.group(6)) + years);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(moved));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String month(String yearMonth, int years) {
        return YearMonth.parse(yearMonth).plusYears(years).toString();
    }

    private static String twoDigits(int year) {
        return String.format("%02d", Math.floorMod(year, 100));
    }
}
