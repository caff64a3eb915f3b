package uk.lscb.cse.kpi;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods of a measure: months, or quarters, halves and years of a year that starts in
 * {@code yearStartMonth} (4: the financial year, 1 April to 31 March, unless the plan says otherwise).
 * A year is named by the years it spans, "2016-17" (or "2016" when it starts in January).
 */
public record PeriodCalendar(Frequency frequency, int yearStartMonth) {
    public static final int FINANCIAL_YEAR = 4;
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR_PART = Pattern.compile("(?:(\\d{4})(?:[-/](\\d{2}))?\\s*)?([QH])(\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:[-/](\\d{2}))?");

    public PeriodCalendar {
        if (yearStartMonth < 1 || yearStartMonth > 12) {
            throw new IllegalArgumentException("year start month " + yearStartMonth);
        }
    }

    /** The period {@code day} falls in. */
    public KpiPeriod containing(LocalDate day) {
        if (frequency == Frequency.MONTHLY) {
            YearMonth month = YearMonth.from(day);
            return new KpiPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
        }
        YearMonth yearStart = yearStart(day);
        int index = (int) (yearStart.until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS) / frequency.months);
        return period(yearStart, index);
    }

    public KpiPeriod before(KpiPeriod period) {
        return containing(period.start().minusDays(1));
    }

    public KpiPeriod after(KpiPeriod period) {
        return containing(period.end().plusDays(1));
    }

    /**
     * The periods of a plan that have closed by {@code today}, oldest first: from the one its start
     * falls in (a plan starting mid-year counts from that period) to the one its end falls in.
     * Either date may be null (open-ended).
     */
    public List<KpiPeriod> closed(LocalDate today, LocalDate planStart, LocalDate planEnd) {
        KpiPeriod last = containing(today.minusDays(1));
        if (!last.closedBy(today)) {
            last = before(last);
        }
        if (planEnd != null && last.start().isAfter(planEnd)) {
            last = containing(planEnd);
            if (!last.closedBy(today)) {
                return List.of();
            }
        }
        KpiPeriod first = planStart == null ? last : containing(planStart);
        List<KpiPeriod> periods = new ArrayList<>();
        for (KpiPeriod p = first; !p.start().isAfter(last.start()); p = after(p)) {
            periods.add(p);
        }
        return periods;
    }

    /** The latest period of the plan that has closed by {@code today}, if any has. */
    public Optional<KpiPeriod> lastClosed(LocalDate today, LocalDate planStart, LocalDate planEnd) {
        List<KpiPeriod> closed = closed(today, planStart, planEnd);
        return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(closed.size() - 1));
    }

    /**
     * A period as people type it: its label ("2016-17 Q2", "2016-05"), or for short the most recent
     * such period that has closed by {@code today} ("Q2", "H1", "May": values are given for periods
     * that are over). Empty when it names none.
     */
    public Optional<KpiPeriod> read(String text, LocalDate today) {
        String t = text == null ? "" : text.strip();
        Matcher m;
        if (frequency == Frequency.MONTHLY) {
            if ((m = MONTH.matcher(t)).matches()) {
                int month = Integer.parseInt(m.group(2));
                return month < 1 || month > 12 ? Optional.empty()
                        : Optional.of(containing(LocalDate.of(Integer.parseInt(m.group(1)), month, 1)));
            }
            return monthName(t).map(month -> {
                KpiPeriod candidate = containing(today.withMonth(month.getValue()).withDayOfMonth(1));
                return candidate.closedBy(today) ? candidate : containing(candidate.start().minusYears(1));
            });
        }
        if (frequency != Frequency.ANNUAL && (m = YEAR_PART.matcher(t)).matches()) {
            char part = Character.toUpperCase(m.group(3).charAt(0));
            int index = Integer.parseInt(m.group(4)) - 1;
            if (part != (frequency == Frequency.QUARTERLY ? 'Q' : 'H') || index < 0 || index >= 12 / frequency.months) {
                return Optional.empty();
            }
            if (m.group(1) == null) {
                YearMonth start = yearStart(today);
                KpiPeriod candidate = period(start, index);
                return Optional.of(candidate.closedBy(today) ? candidate : period(start.minusYears(1), index));
            }
            return yearStarting(m.group(1), m.group(2)).map(start -> period(start, index));
        }
        if (frequency == Frequency.ANNUAL && (m = YEAR.matcher(t)).matches()) {
            return yearStarting(m.group(1), m.group(2)).map(start -> period(start, 0));
        }
        return Optional.empty();
    }

    /** What {@link #read} takes, for a message: "a quarter such as Q2 or 2016-17 Q2". */
    public String example(LocalDate today) {
        KpiPeriod now = containing(today);
        return switch (frequency) {
            case MONTHLY -> "a month such as " + now.label();
            case QUARTERLY -> "a quarter such as Q2 or " + now.label();
            case SIX_MONTHLY -> "a half year such as H1 or " + now.label();
            case ANNUAL -> "a year such as " + now.label();
        };
    }

    private Optional<YearMonth> yearStarting(String year, String nextYear) {
        int first = Integer.parseInt(year);
        if (nextYear != null && (first + 1) % 100 != Integer.parseInt(nextYear)) {
            return Optional.empty();
        }
        if ((nextYear == null) != (yearStartMonth == 1)) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(first, yearStartMonth));
    }

    private YearMonth yearStart(LocalDate day) {
        int year = day.getMonthValue() >= yearStartMonth ? day.getYear() : day.getYear() - 1;
        return YearMonth.of(year, yearStartMonth);
    }

    private KpiPeriod period(YearMonth yearStart, int index) {
        YearMonth first = yearStart.plusMonths((long) index * frequency.months);
        YearMonth last = first.plusMonths(frequency.months - 1);
        String year = yearStartMonth == 1 ? String.valueOf(yearStart.getYear())
                : yearStart.getYear() + "-" + String.format("%02d", (yearStart.getYear() + 1) % 100);
        String label = switch (frequency) {
            case QUARTERLY -> year + " Q" + (index + 1);
            case SIX_MONTHLY -> year + " H" + (index + 1);
            default -> year;
        };
        return new KpiPeriod(label, first.atDay(1), last.atEndOfMonth());
    }

    private static Optional<Month> monthName(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(t)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
