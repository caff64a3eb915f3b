-- The weekly digest can be one message for the whole plan: a reply in its thread names the action
-- by ref, so a thread is about an action or, for a digest, about a plan.
ALTER TABLE chat_thread MODIFY action_id BIGINT NULL;
ALTER TABLE chat_thread ADD COLUMN plan_id BIGINT NULL;
ALTER TABLE chat_thread ADD CONSTRAINT fk_chat_thread_plan FOREIGN KEY (plan_id) REFERENCES plan (id);

-- One digest message a week (the default), or the summary plus one message per listed action.
ALTER TABLE board_schedule ADD COLUMN digest_style VARCHAR(16) NOT NULL DEFAULT 'ONE_MESSAGE';

-- Actions per RAG of each plan, kept as updates are recorded (in the same transaction), so the
-- digest reads what changed in the week instead of counting every action twice.
CREATE TABLE plan_rag_count (
  plan_id  BIGINT      NOT NULL,
  rag      VARCHAR(16) NOT NULL,
  actions  INT         NOT NULL,
  PRIMARY KEY (plan_id, rag),
  CONSTRAINT fk_plan_rag_count_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO plan_rag_count (plan_id, rag, actions)
SELECT a.plan_id, pu.rag_after, COUNT(*) FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
GROUP BY a.plan_id, pu.rag_after;

-- The week's changes across plans, read by time rather than by walking every action's history.
CREATE INDEX ix_pu_created ON progress_update (created_at);
CREATE INDEX ix_action_plan_priority ON action (plan_id, priority);
