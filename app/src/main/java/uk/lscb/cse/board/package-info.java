/**
 * Boards: the safeguarding partnerships that own plans and people, with how long they keep records
 * that name people ({@link uk.lscb.cse.board.Retention}; features that keep such records implement
 * {@link uk.lscb.cse.board.ExpiringRecords}). Depends on audit only; everything else finds boards
 * through {@link uk.lscb.cse.board.Boards}.
 */
package uk.lscb.cse.board;
