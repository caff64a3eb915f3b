-- How long a board keeps records that name people or their chat accounts, beyond the plan itself
-- (see README "Data protection"). A daily job deletes what is past keeping; the defaults are the
-- service's safe ones, and each board can shorten or lengthen them.
ALTER TABLE board ADD COLUMN retention_slack_event_days INT NOT NULL DEFAULT 30;
ALTER TABLE board ADD COLUMN retention_delivery_months INT NOT NULL DEFAULT 24;
ALTER TABLE board ADD COLUMN retention_conversation_days INT NOT NULL DEFAULT 30;

-- Slack event ids are kept per workspace, so each board's retention applies to its own events.
ALTER TABLE slack_event ADD COLUMN team_id VARCHAR(32) NULL;
CREATE INDEX ix_slack_event_received ON slack_event (received_at);
CREATE INDEX ix_slack_event_team ON slack_event (team_id, received_at);
