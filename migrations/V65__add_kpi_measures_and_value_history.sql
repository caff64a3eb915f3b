-- KPIs by chat (issue 12). A measure says what is counted, who owns it (an agency, optionally a
-- person), how often (periods aligned to the year start month: April, the financial year, unless
-- the plan says otherwise), its target, direction and baseline, whether values are split by agency,
-- its Outcomes-Based Accountability category and the kind of value (a count, a decimal, a percentage).
ALTER TABLE kpi ADD COLUMN counted TEXT NULL;
ALTER TABLE kpi ADD COLUMN theme_id BIGINT NULL;
ALTER TABLE kpi ADD COLUMN owner_person_id BIGINT NULL;
ALTER TABLE kpi ADD COLUMN year_start_month INT NOT NULL DEFAULT 4;
ALTER TABLE kpi ADD COLUMN target DECIMAL(18, 4) NULL;
ALTER TABLE kpi ADD COLUMN direction VARCHAR(8) NULL;
ALTER TABLE kpi ADD COLUMN baseline DECIMAL(18, 4) NULL;
ALTER TABLE kpi ADD COLUMN by_agency BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE kpi ADD COLUMN oba VARCHAR(12) NULL;
ALTER TABLE kpi ADD COLUMN value_kind VARCHAR(12) NOT NULL DEFAULT 'COUNT';
ALTER TABLE kpi ADD CONSTRAINT fk_kpi_theme FOREIGN KEY (theme_id) REFERENCES theme (id);
ALTER TABLE kpi ADD CONSTRAINT fk_kpi_person FOREIGN KEY (owner_person_id) REFERENCES person (id);
ALTER TABLE kpi ADD CONSTRAINT ck_kpi_year_start CHECK (year_start_month BETWEEN 1 AND 12);
ALTER TABLE kpi ADD CONSTRAINT ck_kpi_direction CHECK (direction IS NULL OR direction IN ('HIGHER', 'LOWER'));
ALTER TABLE kpi ADD CONSTRAINT ck_kpi_oba CHECK (oba IS NULL OR oba IN ('HOW_MUCH', 'HOW_WELL', 'BETTER_OFF'));
ALTER TABLE kpi ADD CONSTRAINT ck_kpi_value_kind CHECK (value_kind IN ('COUNT', 'DECIMAL', 'PERCENTAGE'));
CREATE UNIQUE INDEX uq_kpi_position ON kpi (plan_id, position);

-- Values are append-only, like progress updates: a correction is a new entry, the latest entry of a
-- period (and agency, for a measure split by agency) is its value, and the history is kept with who,
-- when and from where. The old one-value-per-period key goes; its foreign key keeps an index first.
CREATE INDEX ix_kpi_value_period ON kpi_value (kpi_id, period, id);
ALTER TABLE kpi_value DROP INDEX uq_kpi_value;
ALTER TABLE kpi_value ADD COLUMN agency_id BIGINT NULL;
ALTER TABLE kpi_value ADD COLUMN note TEXT NULL;
ALTER TABLE kpi_value ADD COLUMN author VARCHAR(255) NULL;
ALTER TABLE kpi_value ADD COLUMN source VARCHAR(8) NULL;
ALTER TABLE kpi_value ADD COLUMN channel VARCHAR(255) NULL;
ALTER TABLE kpi_value ADD COLUMN created_at DATETIME(3) NULL;
UPDATE kpi_value v JOIN kpi k ON k.id = v.kpi_id JOIN plan p ON p.id = k.plan_id
SET v.author = p.created_by, v.source = 'IMPORT', v.created_at = p.created_at;
ALTER TABLE kpi_value MODIFY author VARCHAR(255) NOT NULL;
ALTER TABLE kpi_value MODIFY source VARCHAR(8) NOT NULL;
ALTER TABLE kpi_value MODIFY created_at DATETIME(3) NOT NULL;
ALTER TABLE kpi_value ADD CONSTRAINT fk_kpi_value_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE kpi_value ADD CONSTRAINT ck_kpi_value_source CHECK (source IN ('IMPORT', 'API', 'SLACK', 'TEAMS'));
-- The digest's "values entered this week" reads by time.
CREATE INDEX ix_kpi_value_created ON kpi_value (created_at);

-- How a board collects values: owners are reminded after remind_after_days working days without a
-- value, a coordinator is told after escalate_after_days, and counts below suppress_below are shown
-- as "fewer than N" wherever others can see them.
CREATE TABLE kpi_settings (
  board_id             BIGINT      NOT NULL PRIMARY KEY,
  remind_after_days    INT         NOT NULL DEFAULT 3,
  escalate_after_days  INT         NOT NULL DEFAULT 7,
  suppress_below       INT         NOT NULL DEFAULT 5,
  updated_at           DATETIME(3) NOT NULL,
  CONSTRAINT fk_kpi_settings_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A request for a value is a delivery about a measure and a period; replying with a number in its
-- thread records the value.
ALTER TABLE delivery ADD COLUMN kpi_id BIGINT NULL;
ALTER TABLE delivery ADD COLUMN kpi_period VARCHAR(16) NULL;
ALTER TABLE delivery ADD CONSTRAINT fk_delivery_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id);
ALTER TABLE chat_thread ADD COLUMN kpi_id BIGINT NULL;
ALTER TABLE chat_thread ADD COLUMN kpi_period VARCHAR(16) NULL;
ALTER TABLE chat_thread ADD CONSTRAINT fk_chat_thread_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id);
