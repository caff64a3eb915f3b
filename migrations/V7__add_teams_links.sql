-- A board is linked to a Microsoft 365 tenant, and posts its digest to a Teams channel
-- (the channel's conversation id, e.g. 19:abc@thread.tacv2).
ALTER TABLE board ADD COLUMN teams_tenant_id VARCHAR(64) NULL;
ALTER TABLE board ADD COLUMN teams_digest_channel VARCHAR(255) NULL;
CREATE UNIQUE INDEX uq_board_teams_tenant ON board (teams_tenant_id);

-- Where the bot can write to someone (or a channel) without being spoken to first: captured when
-- the app is installed (conversationUpdate) or first used. Keyed by the Azure AD object id of a
-- person, or by the channel's conversation id.
CREATE TABLE teams_conversation (
  tenant_id        VARCHAR(64)  NOT NULL,
  party            VARCHAR(255) NOT NULL,
  kind             VARCHAR(8)   NOT NULL,
  service_url      VARCHAR(500) NOT NULL,
  conversation_id  VARCHAR(500) NOT NULL,
  email            VARCHAR(255) NULL,
  updated_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (tenant_id, party),
  CONSTRAINT ck_teams_conversation_kind CHECK (kind IN ('PERSON', 'CHANNEL')),
  INDEX ix_teams_conversation_email (tenant_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
