package uk.lscb.cse.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person as stored; {@link Person} is what the rest of the service sees. The agency is only
 * filled in when the finder joins it ({@code @Join("agency")}), so a row read without the join
 * must not be written back whole.
 */
@MappedEntity("person")
record PersonRow(@Id @GeneratedValue @Nullable Long id, long boardId, String name, String email,
                 @Relation(Relation.Kind.MANY_TO_ONE) @Nullable Agency agency, Role role,
                 @Nullable LocalDate pausedUntil, Instant createdAt, Instant updatedAt) {

    Person person() {
        return new Person(id, boardId, name, email, agency == null ? null : agency.name(), role);
    }
}
