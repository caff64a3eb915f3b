package uk.lscb.cse.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An organisation of a board (police, health, a school) that leads actions; named once per board. */
@MappedEntity("agency")
record Agency(@Id @GeneratedValue @Nullable Long id, long boardId, String name) {
}
