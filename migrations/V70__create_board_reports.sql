-- The board report (issue 11). A board's report settings: the protective marking printed on every
-- page (the report is a restricted document; chat channels are not) and how many working days
-- before a meeting the report goes to the coordinators. No row: OFFICIAL-SENSITIVE, 5 days.
CREATE TABLE board_report_setting (
  board_id             BIGINT       NOT NULL PRIMARY KEY,
  protective_marking   VARCHAR(64)  NOT NULL,
  days_before_meeting  INT          NOT NULL,
  updated_by           VARCHAR(255) NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  CONSTRAINT ck_brs_days CHECK (days_before_meeting BETWEEN 1 AND 30),
  CONSTRAINT fk_brs_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every report produced: who asked, from where, for which period. The next report's period starts
-- the day after the latest one's end ("since the last report").
CREATE TABLE board_report (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id      BIGINT       NOT NULL,
  period_from  DATE         NOT NULL,
  period_to    DATE         NOT NULL,
  format       VARCHAR(8)   NOT NULL,
  produced_by  VARCHAR(255) NOT NULL,
  source       VARCHAR(8)   NOT NULL,
  channel      VARCHAR(255) NULL,
  produced_at  DATETIME(3)  NOT NULL,
  CONSTRAINT ck_br_format CHECK (format IN ('PDF', 'XLSX', 'HTML')),
  CONSTRAINT ck_br_source CHECK (source IN ('IMPORT', 'API', 'SLACK', 'TEAMS', 'SCHEDULE')),
  CONSTRAINT fk_br_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  INDEX ix_board_report_plan (plan_id, period_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
