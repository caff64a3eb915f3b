-- The current RAG of an action is its latest history entry. Reading "latest" per action with a
-- MAX(id) subquery costs a lookup per action on every status; the pointer is kept in the same
-- transaction as each insert into progress_update, so it always names the latest entry.
ALTER TABLE action ADD COLUMN current_update_id BIGINT NULL;
UPDATE action a SET current_update_id = (SELECT MAX(p.id) FROM progress_update p WHERE p.action_id = a.id);
ALTER TABLE action ADD CONSTRAINT fk_action_current_update FOREIGN KEY (current_update_id) REFERENCES progress_update (id);
