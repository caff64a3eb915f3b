-- A board is linked to one Slack workspace (team id) and posts digests to a channel.
ALTER TABLE board ADD COLUMN slack_team_id VARCHAR(32) NULL;
ALTER TABLE board ADD COLUMN slack_digest_channel VARCHAR(64) NULL;
CREATE UNIQUE INDEX uq_board_slack_team ON board (slack_team_id);

-- Chat messages that are about one action (an alert, a digest line, a shared status): a reply in
-- their thread updates that action.
CREATE TABLE chat_thread (
  platform    VARCHAR(8)   NOT NULL,
  channel     VARCHAR(255) NOT NULL,
  message_id  VARCHAR(255) NOT NULL,
  action_id   BIGINT       NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (platform, channel, message_id),
  CONSTRAINT fk_chat_thread_action FOREIGN KEY (action_id) REFERENCES action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Slack retries event deliveries it thinks were missed: each event_id is handled once.
CREATE TABLE slack_event (
  event_id     VARCHAR(64) NOT NULL PRIMARY KEY,
  received_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
