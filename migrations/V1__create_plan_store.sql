-- The action-plan store. Runs on MySQL 8 and MariaDB 10.11 alike: plain InnoDB types,
-- closed sets as VARCHAR + CHECK, timestamps written by the service (UTC, from its Clock).

CREATE TABLE board (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(64)  NOT NULL,
  name        VARCHAR(255) NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL,
  demo        BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uq_board_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE agency (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id  BIGINT       NOT NULL,
  name      VARCHAR(255) NOT NULL,
  CONSTRAINT uq_agency_name UNIQUE (board_id, name),
  CONSTRAINT fk_agency_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE person (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id   BIGINT       NOT NULL,
  name       VARCHAR(255) NOT NULL,
  email      VARCHAR(255) NOT NULL,
  agency_id  BIGINT       NULL,
  role       VARCHAR(16)  NOT NULL,
  created_at DATETIME(3)  NOT NULL,
  updated_at DATETIME(3)  NOT NULL,
  CONSTRAINT uq_person_email UNIQUE (board_id, email),
  CONSTRAINT ck_person_role CHECK (role IN ('LEAD', 'COORDINATOR')),
  CONSTRAINT fk_person_board FOREIGN KEY (board_id) REFERENCES board (id),
  CONSTRAINT fk_person_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE plan (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id        BIGINT       NOT NULL,
  title           VARCHAR(500) NOT NULL,
  period_start    DATE         NULL,
  period_end      DATE         NULL,
  review_cadence  VARCHAR(255) NULL,
  status          VARCHAR(16)  NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  created_by      VARCHAR(255) NOT NULL,
  CONSTRAINT ck_plan_status CHECK (status IN ('ACTIVE', 'ARCHIVED')),
  CONSTRAINT fk_plan_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_plan_board ON plan (board_id, status);

CREATE TABLE theme (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id   BIGINT       NOT NULL,
  position  INT          NOT NULL,
  name      VARCHAR(255) NOT NULL,
  aim       TEXT         NULL,
  CONSTRAINT uq_theme_position UNIQUE (plan_id, position),
  CONSTRAINT fk_theme_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE objective (
  id        BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  theme_id  BIGINT NOT NULL,
  position  INT    NOT NULL,
  text      TEXT   NOT NULL,
  CONSTRAINT uq_objective_position UNIQUE (theme_id, position),
  CONSTRAINT fk_objective_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- due_precision: DAY / MONTH (due at the end of that month) / ONGOING (review_date instead) /
-- NONE (timescale wording with no date, e.g. "1st Draft to the September subgroup meeting";
-- timescale_flagged tells the board manager to set one).
CREATE TABLE action (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id            BIGINT       NOT NULL,
  theme_id           BIGINT       NOT NULL,
  objective_id       BIGINT       NULL,
  position           INT          NOT NULL,
  ref                VARCHAR(32)  NOT NULL,
  ref_generated      BOOLEAN      NOT NULL,
  text               TEXT         NOT NULL,
  how                TEXT         NULL,
  outcomes           TEXT         NULL,
  priority           BOOLEAN      NOT NULL DEFAULT FALSE,
  due_date           DATE         NULL,
  due_precision      VARCHAR(8)   NOT NULL,
  review_date        DATE         NULL,
  timescale_text     VARCHAR(500) NULL,
  timescale_flagged  BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uq_action_ref UNIQUE (plan_id, ref),
  CONSTRAINT uq_action_position UNIQUE (plan_id, position),
  CONSTRAINT ck_action_precision CHECK (due_precision IN ('DAY', 'MONTH', 'ONGOING', 'NONE')),
  CONSTRAINT fk_action_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_action_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
  CONSTRAINT fk_action_objective FOREIGN KEY (objective_id) REFERENCES objective (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- "overdue actions of plan X": range scan on due date within the plan.
CREATE INDEX ix_action_plan_due ON action (plan_id, due_date);

CREATE TABLE milestone (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action_id   BIGINT       NOT NULL,
  position    INT          NOT NULL,
  due_date    DATE         NULL,
  precision_  VARCHAR(8)   NOT NULL,
  text        VARCHAR(500) NOT NULL,
  CONSTRAINT uq_milestone_position UNIQUE (action_id, position),
  CONSTRAINT fk_milestone_action FOREIGN KEY (action_id) REFERENCES action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE action_lead_agency (
  action_id  BIGINT NOT NULL,
  agency_id  BIGINT NOT NULL,
  PRIMARY KEY (action_id, agency_id),
  CONSTRAINT fk_ala_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_ala_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- "actions of lead Y": from the lead to its actions.
CREATE INDEX ix_ala_agency ON action_lead_agency (agency_id, action_id);

CREATE TABLE action_lead_person (
  action_id  BIGINT NOT NULL,
  person_id  BIGINT NOT NULL,
  PRIMARY KEY (action_id, person_id),
  CONSTRAINT fk_alp_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_alp_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_alp_person ON action_lead_person (person_id, action_id);

-- Append-only: the current RAG of an action is its latest entry (highest id).
CREATE TABLE progress_update (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action_id    BIGINT       NOT NULL,
  rag_before   VARCHAR(12)  NOT NULL,
  rag_after    VARCHAR(12)  NOT NULL,
  rag_wording  VARCHAR(64)  NULL,
  note         TEXT         NULL,
  author       VARCHAR(255) NOT NULL,
  source       VARCHAR(8)   NOT NULL,
  channel      VARCHAR(255) NULL,
  created_at   DATETIME(3)  NOT NULL,
  CONSTRAINT ck_pu_rag_before CHECK (rag_before IN ('NOT_STARTED', 'RED', 'AMBER', 'GREEN', 'COMPLETE')),
  CONSTRAINT ck_pu_rag_after CHECK (rag_after IN ('NOT_STARTED', 'RED', 'AMBER', 'GREEN', 'COMPLETE')),
  CONSTRAINT ck_pu_source CHECK (source IN ('IMPORT', 'API', 'SLACK', 'TEAMS')),
  CONSTRAINT fk_pu_action FOREIGN KEY (action_id) REFERENCES action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_pu_action ON progress_update (action_id, id);

CREATE TABLE recommendation (
  id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id  BIGINT      NOT NULL,
  ref      VARCHAR(32) NOT NULL,
  text     TEXT        NOT NULL,
  CONSTRAINT uq_recommendation_ref UNIQUE (plan_id, ref),
  CONSTRAINT fk_recommendation_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE action_recommendation (
  action_id          BIGINT NOT NULL,
  recommendation_id  BIGINT NOT NULL,
  PRIMARY KEY (action_id, recommendation_id),
  CONSTRAINT fk_ar_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_ar_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ar_recommendation ON action_recommendation (recommendation_id);

CREATE TABLE kpi (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id          BIGINT       NOT NULL,
  position         INT          NOT NULL,
  measure          VARCHAR(500) NOT NULL,
  owner_agency_id  BIGINT       NULL,
  period_type      VARCHAR(12)  NULL,
  CONSTRAINT ck_kpi_period CHECK (period_type IS NULL OR period_type IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUAL')),
  CONSTRAINT fk_kpi_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_kpi_agency FOREIGN KEY (owner_agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE kpi_value (
  id      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kpi_id  BIGINT         NOT NULL,
  period  VARCHAR(16)    NOT NULL,
  value   DECIMAL(18, 4) NOT NULL,
  CONSTRAINT uq_kpi_value UNIQUE (kpi_id, period),
  CONSTRAINT fk_kpi_value_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Changes that are not progress updates (boards, people, imports): who, when, from where, old -> new.
CREATE TABLE audit_entry (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id    BIGINT       NULL,
  entity      VARCHAR(32)  NOT NULL,
  entity_id   BIGINT       NULL,
  change_     VARCHAR(16)  NOT NULL,
  old_value   TEXT         NULL,
  new_value   TEXT         NULL,
  actor       VARCHAR(255) NOT NULL,
  source      VARCHAR(8)   NOT NULL,
  channel     VARCHAR(255) NULL,
  created_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_board ON audit_entry (board_id, created_at);
