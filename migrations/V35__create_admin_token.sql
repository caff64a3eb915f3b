-- Per-person admin API tokens. Only the SHA-256 of a token is kept (tokens are 32 random bytes,
-- so a plain hash cannot be reversed by guessing); the token itself is shown once, when made.
-- A revoked token keeps its row: the audit trail names who made and who revoked it.
-- scope: 'all' (every board) for now; per-board scopes will read this column.
CREATE TABLE admin_token (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner       VARCHAR(255) NOT NULL,
  scope       VARCHAR(255) NOT NULL DEFAULT 'all',
  token_hash  CHAR(64)     NOT NULL,
  created_by  VARCHAR(255) NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  revoked_at  DATETIME(3)  NULL,
  revoked_by  VARCHAR(255) NULL,
  CONSTRAINT uq_admin_token_hash UNIQUE (token_hash),
  INDEX ix_admin_token_owner (owner)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
