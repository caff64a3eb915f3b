package uk.lscb.cse.people;

import io.micronaut.core.order.Ordered;

/**
 * A feature that keeps a person's identity outside the people table (as an author, a recipient, a
 * chat account, a mention). When the person is erased, each one replaces it in its own records with
 * the person's pseudonym, inside the erasing transaction, and says what it changed on the
 * {@link Erasure}. The people row itself goes last, once nothing refers to it.
 */
public interface PersonalData extends Ordered {
    void erase(Erasure erasure);
}
