-- Exactly once, for real (issue 9). Each claim of a delivery gets its own token, and every change a
-- sender makes to the row names it (WHERE status = 'SENDING' AND claim = ?): a sender whose claim ran
-- out and was taken over can no longer overwrite what the new holder recorded.
-- look_first: the last attempt ended without knowing whether the platform took the message (a
-- timeout, a 5xx, a connection lost after the request went), so the next one asks the platform first,
-- as it does after a claim that ran out.
-- Statuses: FAILED now means given up for good (and listed); a failed attempt that will be tried
-- again is RETRYING; SUPERSEDED is a notice no longer true when its turn came (an overdue alert for
-- an action completed meanwhile), dropped unsent.
ALTER TABLE delivery DROP CONSTRAINT ck_delivery_status;
ALTER TABLE delivery MODIFY status VARCHAR(10) NOT NULL;
ALTER TABLE delivery ADD COLUMN claim CHAR(36) NULL;
ALTER TABLE delivery ADD COLUMN look_first BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE delivery SET status = 'RETRYING' WHERE status = 'FAILED';
ALTER TABLE delivery ADD CONSTRAINT ck_delivery_status
  CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'RETRYING', 'FAILED', 'MISSED', 'SUPERSEDED'));
