/**
 * Data protection: erasing a person from a board ({@link uk.lscb.cse.privacy.ErasingPerson}) and
 * enforcing each board's retention every night ({@link uk.lscb.cse.privacy.EnforcingRetention}).
 * The records themselves stay with the features that own them: each implements
 * {@link uk.lscb.cse.people.PersonalData} (erase) and/or {@link uk.lscb.cse.board.ExpiringRecords}
 * (expire). Depends on board, people, audit and schedule (whose nightly job runs the retention).
 */
package uk.lscb.cse.privacy;
