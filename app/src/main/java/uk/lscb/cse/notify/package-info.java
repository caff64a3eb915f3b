/**
 * What the plan tells people and when it was told: the daily sweep (alerts, reminders, prompts,
 * escalations), the weekly digest, the delivery ledger that makes each notice happen once, and
 * sending through each platform's {@link uk.lscb.cse.notify.Notifier}. Erases and expires its own
 * ledger rows for data protection. Depends on plan, people, board and db, and on schedule for a
 * board's settings and working days; runs when schedule's triggers call
 * {@link uk.lscb.cse.schedule.ScheduledWork}. Knows no chat platform: the adapters implement Notifier.
 */
package uk.lscb.cse.notify;
