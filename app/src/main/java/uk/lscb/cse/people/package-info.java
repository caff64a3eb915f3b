/**
 * The people and agencies of a board: who leads actions and who coordinates, and their HTTP API.
 * A feature that keeps a person's identity elsewhere implements {@link uk.lscb.cse.people.PersonalData},
 * so erasing them reaches it. Depends on board, audit and db.
 */
package uk.lscb.cse.people;
