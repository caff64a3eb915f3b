/**
 * Changing an action after import: its timescale (a slip, with a reason), leads and priority, from
 * chat or the admin API, as far as the board lets its leads; and erasing people from those changes.
 * Depends on plan, people, board, audit and db.
 */
package uk.lscb.cse.plan.editing;
