/**
 * Boards: the safeguarding partnerships that own plans and people. Depends on audit only; everything
 * else finds boards through {@link uk.lscb.cse.board.Boards}.
 */
package uk.lscb.cse.board;
