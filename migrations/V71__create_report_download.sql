-- A board report sent to a coordinator in Teams as a download link: the link's token is shown once
-- (only its SHA-256 is kept), works once, and runs out after 15 minutes. The file's bytes are
-- dropped when it is fetched; rows are deleted a day after they ran out.
CREATE TABLE report_download (
  token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
  plan_id     BIGINT       NOT NULL,
  person      VARCHAR(255) NOT NULL,
  file_name   VARCHAR(255) NOT NULL,
  media_type  VARCHAR(128) NOT NULL,
  content     LONGBLOB     NULL,
  created_at  DATETIME(3)  NOT NULL,
  expires_at  DATETIME(3)  NOT NULL,
  used_at     DATETIME(3)  NULL,
  CONSTRAINT fk_report_download_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  INDEX ix_report_download_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
