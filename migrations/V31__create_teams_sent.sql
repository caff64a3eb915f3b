-- What the bot sent in each Teams conversation, by delivery key. The Bot Connector cannot be asked
-- whether a message arrived (Slack can: the key travels in the message's metadata), so this record is
-- where a retry looks before it sends again. It is written as soon as Teams answers with the
-- activity id, before anything else that could fail.
CREATE TABLE teams_sent (
  delivery_key     VARCHAR(255) NOT NULL PRIMARY KEY,
  conversation_id  VARCHAR(500) NOT NULL,
  activity_id      VARCHAR(255) NULL,
  sent_at          DATETIME(3)  NOT NULL,
  INDEX ix_teams_sent_conversation (conversation_id(191), sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
