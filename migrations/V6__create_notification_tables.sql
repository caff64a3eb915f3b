-- When a board's plan chases its leads. Times are local to the board's time zone; the defaults
-- are the ones boards asked for (alerts at 09:00 on working days, digest first thing in the week).
CREATE TABLE board_schedule (
  board_id             BIGINT      NOT NULL PRIMARY KEY,
  alert_time           TIME        NOT NULL DEFAULT '09:00:00',
  digest_time          TIME        NOT NULL DEFAULT '09:00:00',
  reminder_days        INT         NOT NULL DEFAULT 7,
  stale_days           INT         NOT NULL DEFAULT 28,
  escalate_after_days  INT         NOT NULL DEFAULT 5,
  paused               BOOLEAN     NOT NULL DEFAULT FALSE,
  updated_at           DATETIME(3) NOT NULL,
  CONSTRAINT fk_board_schedule_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Days a board does not work beyond weekends and the England & Wales bank holidays shipped with
-- the service (e.g. a council's extra day at Christmas).
CREATE TABLE board_holiday (
  board_id  BIGINT       NOT NULL,
  day       DATE         NOT NULL,
  name      VARCHAR(255) NOT NULL,
  PRIMARY KEY (board_id, day),
  CONSTRAINT fk_board_holiday_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- "/cse pause 2025-08-31": no alerts or digests mentions to this person until the day after.
ALTER TABLE person ADD COLUMN paused_until DATE NULL;

-- The delivery ledger. A row is written in the same transaction that decides to send; its
-- dedupe_key (board, kind, action, recipient, period or step, platform) is unique, so a second
-- scheduler instance, a retried job or a re-run sweep cannot decide the same notice twice. The
-- notice itself (platform-neutral JSON) is stored with it, so a retry sends what was decided.
CREATE TABLE delivery (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dedupe_key       VARCHAR(255) NOT NULL,
  board_id         BIGINT       NOT NULL,
  kind             VARCHAR(16)  NOT NULL,
  action_id        BIGINT       NULL,
  person_id        BIGINT       NULL,
  platform         VARCHAR(8)   NOT NULL,
  recipient        VARCHAR(255) NOT NULL,
  notice           MEDIUMTEXT   NOT NULL,
  status           VARCHAR(8)   NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)  NOT NULL,
  claimed_until    DATETIME(3)  NULL,
  last_error       VARCHAR(1000) NULL,
  channel          VARCHAR(255) NULL,
  message_id       VARCHAR(255) NULL,
  created_at       DATETIME(3)  NOT NULL,
  sent_at          DATETIME(3)  NULL,
  CONSTRAINT uq_delivery_key UNIQUE (dedupe_key),
  CONSTRAINT ck_delivery_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'MISSED')),
  CONSTRAINT fk_delivery_board FOREIGN KEY (board_id) REFERENCES board (id),
  CONSTRAINT fk_delivery_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_delivery_person FOREIGN KEY (person_id) REFERENCES person (id),
  INDEX ix_delivery_due (status, next_attempt_at),
  INDEX ix_delivery_board_kind (board_id, kind, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

