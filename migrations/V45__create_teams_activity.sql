-- The Bot Connector delivers an Activity again when it thinks the bot missed it (Teams retrying):
-- each is handled once. Keyed by the SHA-256 (hex) of its conversation id and activity id, since
-- Teams' message ids are unique only within a conversation; the digest names no chat or person.
-- received_at lets old rows be deleted (a repeat comes within minutes).
CREATE TABLE teams_activity (
  activity_key  CHAR(64)     NOT NULL PRIMARY KEY,
  received_at   DATETIME(3)  NOT NULL,
  INDEX ix_teams_activity_received_at (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
