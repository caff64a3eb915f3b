-- Living plans: a plan is revised in place (a new version of the same plan), and an action's
-- timescale, leads and priority can be changed after import. Nothing is deleted: an action the
-- new version drops is retired (kept with its history, out of alerts, digests and status).

-- The plan's content versions: the import is version 1; each applied revision adds one. (The
-- plan's `revision` column is a change counter for caches, bumped by every update.)
CREATE TABLE plan_version (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id     BIGINT       NOT NULL,
  number      INT          NOT NULL,
  reason      TEXT         NULL,
  summary     TEXT         NOT NULL,
  created_by  VARCHAR(255) NOT NULL,
  source      VARCHAR(8)   NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uq_plan_version UNIQUE (plan_id, number),
  CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A retired action keeps its ref, but a later version may give that ref to another action: only
-- live actions need a ref of their own. NULLs never collide in a unique index (MySQL and MariaDB).
ALTER TABLE action ADD COLUMN retired_in INT NULL;
ALTER TABLE action ADD COLUMN live_ref VARCHAR(32) GENERATED ALWAYS AS (IF(retired_in IS NULL, ref, NULL)) STORED;
CREATE UNIQUE INDEX uq_action_live_ref ON action (plan_id, live_ref);
ALTER TABLE action DROP INDEX uq_action_ref;

-- Every change to an action that is not a progress update: who, when, from where, why, old -> new.
-- A slip is a move of a due date that was set; slips are counted from here, not kept as a number.
CREATE TABLE action_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action_id   BIGINT       NOT NULL,
  plan_id     BIGINT       NOT NULL,
  version     INT          NULL,
  field       VARCHAR(16)  NOT NULL,
  old_value   TEXT         NULL,
  new_value   TEXT         NULL,
  old_due     DATE         NULL,
  new_due     DATE         NULL,
  slip        BOOLEAN      NOT NULL DEFAULT FALSE,
  reason      TEXT         NULL,
  author      VARCHAR(255) NOT NULL,
  source      VARCHAR(8)   NOT NULL,
  channel     VARCHAR(255) NULL,
  created_at  DATETIME(3)  NOT NULL,
  CONSTRAINT ck_ac_field CHECK (field IN ('TEXT', 'REF', 'TIMESCALE', 'LEADS', 'PRIORITY', 'DETAILS', 'ADDED', 'RETIRED')),
  CONSTRAINT ck_ac_source CHECK (source IN ('IMPORT', 'API', 'SLACK', 'TEAMS')),
  CONSTRAINT fk_ac_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_ac_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ac_action ON action_change (action_id, id);
-- "slipped actions of plan X", "slips this week".
CREATE INDEX ix_ac_plan_slip ON action_change (plan_id, slip, created_at);

-- What a lead may change on their own actions from chat or the API (coordinators may change
-- anything): NOTHING, DUE (move due dates; the default when a board has no row) or ALL (due
-- dates, leads and priority).
CREATE TABLE board_edit_rule (
  board_id   BIGINT      NOT NULL PRIMARY KEY,
  leads_may  VARCHAR(8)  NOT NULL,
  CONSTRAINT ck_ber_leads_may CHECK (leads_may IN ('NOTHING', 'DUE', 'ALL')),
  CONSTRAINT fk_ber_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
