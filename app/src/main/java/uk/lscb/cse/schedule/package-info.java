/**
 * When things run: each board's schedule settings, working days and bank holidays, and Quartz
 * (clustered on the service's database) with a sweep and a digest trigger per board, one sender
 * and the nightly retention run. Depends on board, audit and db only; the work its jobs start is
 * behind {@link uk.lscb.cse.schedule.ScheduledWork} and {@link uk.lscb.cse.schedule.RetentionWork},
 * so it never depends on notify or privacy.
 */
package uk.lscb.cse.schedule;
