package uk.lscb.cse.schedule;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * England & Wales bank holidays (shipped as bank-holidays/england-and-wales.txt) plus each
 * board's own days off (board_holiday).
 */
@Singleton
public class WorkingDays {
    static final String BANK_HOLIDAYS = "/bank-holidays/england-and-wales.txt";

    private final Jdbc jdbc;
    private final Map<LocalDate, String> bankHolidays;

    WorkingDays(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.bankHolidays = read();
    }

    public Map<LocalDate, String> bankHolidays() {
        return bankHolidays;
    }

    @ReadOnly
    public WorkingCalendar of(long boardId) {
        Set<LocalDate> days = new HashSet<>(bankHolidays.keySet());
        days.addAll(jdbc.list("SELECT day FROM board_holiday WHERE board_id = ?", rs -> Jdbc.date(rs, "day"), boardId));
        return new WorkingCalendar(Set.copyOf(days));
    }

    private static Map<LocalDate, String> read() {
        Map<LocalDate, String> days = new TreeMap<>();
        try (var in = WorkingDays.class.getResourceAsStream(BANK_HOLIDAYS);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] parts = line.split(" ", 2);
                days.put(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : "bank holiday");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BANK_HOLIDAYS, e);
        }
        return Collections.unmodifiableMap(days);
    }
}
