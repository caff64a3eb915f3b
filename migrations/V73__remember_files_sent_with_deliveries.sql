-- The Slack file that went up with a delivery (the board report), remembered as soon as Slack has
-- it: a retry after the message that follows it failed posts the message only, not the file again.
ALTER TABLE delivery ADD COLUMN file_id VARCHAR(64) NULL;
