package uk.lscb.cse.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a {@link Timescale} is stored on its action: its columns in one order and its milestone rows.
 * Importing, revising and editing all write through this, so a column added to the timescale (as the
 * start date "To commence in …" gives) is written by every one of them, not only by the first.
 */
public final class TimescaleColumns {
    private static final List<String> NAMES = List.of(
            "due_date", "due_precision", "review_date", "timescale_text", "timescale_flagged", "start_date");

    public static final String INSERT_MILESTONE =
            "INSERT INTO milestone (action_id, position, due_date, precision_, text) VALUES (?, ?, ?, ?, ?)";

    private TimescaleColumns() {
    }

    /** For an INSERT: {@code due_date, due_precision, …}, as many as {@link #values} gives. */
    public static String names() {
        return String.join(", ", NAMES);
    }

    /** For an UPDATE: {@code due_date = ?, due_precision = ?, …}, in the order of {@link #values}. */
    public static String assignments() {
        return NAMES.stream().map(name -> name + " = ?").collect(Collectors.joining(", "));
    }

    public static List<Object> values(Timescale t) {
        List<Object> values = new ArrayList<>();
        values.add(t.due());
        values.add(t.precision());
        values.add(t.reviewDate());
        values.add(t.text());
        values.add(t.flagged());
        values.add(t.starts());
        return values;
    }

    /** Rows for {@link #INSERT_MILESTONE}: the timescale's milestones, numbered from 1. */
    public static List<Object[]> milestones(long actionId, Timescale t) {
        List<Object[]> rows = new ArrayList<>();
        for (int m = 0; m < t.milestones().size(); m++) {
            Timescale.Milestone milestone = t.milestones().get(m);
            rows.add(new Object[]{actionId, m + 1, milestone.due(), milestone.precision(), milestone.text()});
        }
        return rows;
    }
}
