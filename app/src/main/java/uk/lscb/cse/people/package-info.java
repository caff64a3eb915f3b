/** The people and agencies of a board: who leads actions and who coordinates. */
package uk.lscb.cse.people;
