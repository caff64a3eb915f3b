/**
 * The people and agencies of a board: who leads actions and who coordinates, and their HTTP API.
 * Depends on board, audit and db.
 */
package uk.lscb.cse.people;
