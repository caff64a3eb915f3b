/** Boards: the safeguarding partnerships that own plans and people. */
package uk.lscb.cse.board;
