/**
 * The board report: a plan's progress over a period, as at its end, in the plan's own layout (a
 * table per theme), built from the append-only history so a report for a past date shows what was
 * true then. One model ({@link uk.lscb.cse.report.BoardReport}), one HTML template, which is also
 * laid out as the PDF, and an Excel workbook. Depends on plan, board, people, audit and db; the
 * chat and notices reach it, never the other way round.
 */
package uk.lscb.cse.report;
