-- A Slack event is claimed when it arrives and marked handled only once its work is done; work that
-- fails releases the claim (the row goes), so Slack's redelivery runs it again. Events recorded
-- before this were handled (or lost) already.
ALTER TABLE slack_event ADD COLUMN handled_at DATETIME(3) NULL;
UPDATE slack_event SET handled_at = received_at;
