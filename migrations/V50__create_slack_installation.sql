-- A Slack workspace that installed the app through "Add to Slack" (OAuth v2): its bot token, and with
-- token rotation on its refresh token and expiry. Tokens are stored only encrypted (AES-GCM, see
-- uk.lscb.cse.chat.slack.install.TokenCipher) under the key named by key_id, so a new key can be
-- added and the rows re-encrypted. One row per workspace (team id); enterprise_id for Enterprise Grid.
CREATE TABLE slack_installation (
  team_id        VARCHAR(32)   NOT NULL PRIMARY KEY,
  enterprise_id  VARCHAR(32)   NULL,
  team_name      VARCHAR(255)  NULL,
  app_id         VARCHAR(32)   NOT NULL,
  bot_user_id    VARCHAR(32)   NOT NULL,
  scopes         VARCHAR(1000) NOT NULL,
  key_id         VARCHAR(32)   NOT NULL,
  bot_token      VARCHAR(1000) NOT NULL,
  refresh_token  VARCHAR(1000) NULL,
  expires_at     DATETIME(3)   NULL,
  installed_by   VARCHAR(255)  NOT NULL,
  installed_at   DATETIME(3)   NOT NULL,
  updated_at     DATETIME(3)   NOT NULL,
  INDEX ix_slack_installation_key (key_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each "Add to Slack" link's state is used once: its nonce is kept from issue until it expires.
-- The board and the admin it was issued for are signed into the state (HMAC) and kept here.
CREATE TABLE slack_install_state (
  nonce       CHAR(43)     NOT NULL PRIMARY KEY,
  board_id    BIGINT       NOT NULL,
  issued_by   VARCHAR(255) NOT NULL,
  expires_at  DATETIME(3)  NOT NULL,
  used_at     DATETIME(3)  NULL,
  CONSTRAINT fk_slack_install_state_board FOREIGN KEY (board_id) REFERENCES board (id) ON DELETE CASCADE,
  INDEX ix_slack_install_state_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
