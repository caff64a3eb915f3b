package uk.lscb.cse.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Join;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PersonRepository extends GenericRepository<PersonRow, Long> {
    @Join(value = "agency", type = Join.Type.LEFT_FETCH)
    Optional<PersonRow> findByBoardIdAndEmail(long boardId, String email);

    @Join(value = "agency", type = Join.Type.LEFT_FETCH)
    List<PersonRow> findByBoardIdOrderByName(long boardId);

    /** Locks the row: two pauses of one person are audited in the order they were applied. */
    Optional<PersonRow> findByIdForUpdate(long id);

    PersonRow save(PersonRow person);

    void deleteById(long id);

    // Partial updates: a CSV load must not undo a pause made meanwhile, nor a pause a load.
    void update(@Id long id, String name, @Nullable Agency agency, Role role, Instant updatedAt);

    void update(@Id long id, @Nullable LocalDate pausedUntil, Instant updatedAt);
}
