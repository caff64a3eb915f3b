-- A plan's revision goes up in the same transaction as every progress update on it, so a reader
-- can tell in one primary-key lookup whether a summary it computed earlier is still true (the
-- summary is what `/cse status` shows, and counting 2,000 actions on every ask is wasteful).
ALTER TABLE plan ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
