-- Issue 10. NOT_RATED: a blank RAG cell means "not rated yet", which is not "not started".
-- Imported entries read from a blank cell (no wording kept) were stored as NOT_STARTED: they become
-- NOT_RATED, and the per-plan counts are taken again from each action's current entry.
ALTER TABLE progress_update DROP CONSTRAINT ck_pu_rag_before;
ALTER TABLE progress_update DROP CONSTRAINT ck_pu_rag_after;
ALTER TABLE progress_update ADD CONSTRAINT ck_pu_rag_before
  CHECK (rag_before IN ('NOT_STARTED', 'NOT_RATED', 'RED', 'AMBER', 'GREEN', 'COMPLETE'));
ALTER TABLE progress_update ADD CONSTRAINT ck_pu_rag_after
  CHECK (rag_after IN ('NOT_STARTED', 'NOT_RATED', 'RED', 'AMBER', 'GREEN', 'COMPLETE'));

UPDATE progress_update SET rag_after = 'NOT_RATED'
WHERE source = 'IMPORT' AND rag_after = 'NOT_STARTED' AND rag_wording IS NULL;

DELETE FROM plan_rag_count;
INSERT INTO plan_rag_count (plan_id, rag, actions)
SELECT a.plan_id, pu.rag_after, COUNT(*) FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
GROUP BY a.plan_id, pu.rag_after;

-- "To commence in July 2016": when an action starts. It is not overdue before it.
ALTER TABLE action ADD COLUMN start_date DATE NULL;
