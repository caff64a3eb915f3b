package uk.lscb.cse.people;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.lscb.cse.CsvHeader;
import uk.lscb.cse.ImportProblem;
import uk.lscb.cse.RefusedFile;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A board's people: loaded from CSV (name,email,agency,role), upserted by email, every change audited. */
@Singleton
public class People {
    private static final int MAX_FIELD = 255;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    private final PersonRepository persons;
    private final Agencies agencies;
    private final Audit audit;
    private final Clock clock;

    People(PersonRepository persons, Agencies agencies, Audit audit, Clock clock) {
        this.persons = persons;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    public record Loaded(int created, int updated, int unchanged) {
    }

    private record Row(String name, String email, String agency, Role role) {
        String describe() {
            return "name=" + name + ", agency=" + agency + ", role=" + role;
        }
    }

    @Transactional
    public Loaded load(long boardId, String csv, Actor actor) {
        List<Row> rows = read(csv);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (Row row : rows) {
            Agency agency = row.agency() == null ? null : agencies.named(boardId, row.agency());
            Optional<Person> existing = byEmail(boardId, row.email());
            if (existing.isEmpty()) {
                PersonRow person = persons.save(new PersonRow(null, boardId, row.name(), row.email(), agency, row.role(),
                        null, now, now));
                audit.record(boardId, "person", person.id(), "created", null, row.email() + ": " + row.describe(), actor);
                created++;
                continue;
            }
            Person old = existing.get();
            Row before = new Row(old.name(), old.email(), old.agency(), old.role());
            if (before.describe().equalsIgnoreCase(row.describe())) {
                unchanged++;
                continue;
            }
            persons.update(old.id(), row.name(), agency, row.role(), now);
            audit.record(boardId, "person", old.id(), "updated", before.describe(), row.describe(), actor);
            updated++;
        }
        return new Loaded(created, updated, unchanged);
    }

    /** Pauses (until a day, inclusive) or resumes (null) a person's alerts; audited. */
    @Transactional
    public void pause(Person person, LocalDate until, Actor actor) {
        LocalDate old = persons.findByIdForUpdate(person.id()).map(PersonRow::pausedUntil).orElse(null);
        persons.update(person.id(), until, clock.instant());
        audit.record(person.boardId(), "person", person.id(), until == null ? "resumed" : "paused",
                "pausedUntil=" + old, "pausedUntil=" + until, actor);
    }

    /** The person, locked until the transaction ends: an erasure holds off a sweep deciding alerts for them. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<Person> lock(long boardId, String email) {
        return persons.findByBoardIdAndEmail(boardId, email.strip().toLowerCase(Locale.ROOT))
                .flatMap(found -> persons.findByIdForUpdate(found.id()).map(locked -> found.person()));
    }

    /** Deletes the person; every record that referred to them must have been erased first ({@link PersonalData}). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void remove(Person person) {
        persons.deleteById(person.id());
    }

    @ReadOnly
    public Optional<Person> byEmail(long boardId, String email) {
        return persons.findByBoardIdAndEmail(boardId, email.strip().toLowerCase(Locale.ROOT)).map(PersonRow::person);
    }

    @ReadOnly
    public List<Person> of(long boardId) {
        return persons.findByBoardIdOrderByName(boardId).stream().map(PersonRow::person).toList();
    }

    // Every row is checked before anything is written: one bad row refuses the whole file.
    private static List<Row> read(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<ImportProblem> repeated = CsvHeader.repeated(parser.getHeaderNames());
            if (!repeated.isEmpty()) {
                throw new RefusedFile(repeated);
            }
            List<String> header = parser.getHeaderNames().stream().map(CsvHeader::key).toList();
            if (!header.contains("name") || !header.contains("email")) {
                throw new RefusedFile(List.of(new ImportProblem("row 1", null,
                        "the header row must be name,email,agency,role")));
            }
            int number = 1;
            for (CSVRecord record : parser) {
                number++;
                String where = "row " + number;
                String name = cell(record, "name");
                String email = cell(record, "email");
                String agency = cell(record, "agency");
                String role = cell(record, "role");
                if (name == null) {
                    problems.add(new ImportProblem(where, "name", "is empty"));
                }
                // The database's column sizes: refused here with the row, not by the database half-way.
                for (String[] field : new String[][] {{"name", name}, {"email", email}, {"agency", agency}}) {
                    if (field[1] != null && field[1].length() > MAX_FIELD) {
                        problems.add(new ImportProblem(where, field[0], "is longer than " + MAX_FIELD + " characters"));
                    }
                }
                if (email == null || !EMAIL.matcher(email).matches()) {
                    problems.add(new ImportProblem(where, "email", "'" + (email == null ? "" : email)
                            + "' is not an email address"));
                } else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                    problems.add(new ImportProblem(where, "email", email + " appears twice in the file"));
                }
                Role parsedRole = role == null ? Role.LEAD : switch (role.toLowerCase(Locale.ROOT)) {
                    case "lead" -> Role.LEAD;
                    case "coordinator", "board manager" -> Role.COORDINATOR;
                    default -> {
                        problems.add(new ImportProblem(where, "role", "'" + role + "' is not lead or coordinator"));
                        yield null;
                    }
                };
                if (email != null) {
                    rows.add(new Row(name, email.toLowerCase(Locale.ROOT), agency, parsedRole));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new RefusedFile(List.of(new ImportProblem("file", null, "not a readable CSV file: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new RefusedFile(problems);
        }
        if (rows.isEmpty()) {
            throw new RefusedFile(List.of(new ImportProblem("file", null, "no people in the file")));
        }
        return rows;
    }

    private static String cell(CSVRecord record, String column) {
        for (String header : record.getParser().getHeaderNames()) {
            if (header.strip().equalsIgnoreCase(column) && record.isSet(header)) {
                String value = record.get(header);
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }
}
