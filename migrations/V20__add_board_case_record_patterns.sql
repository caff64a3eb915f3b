-- A board's own case-record number formats (e.g. "LCS######, CP/####/####"): the safeguarding
-- guard refuses notes that quote one. NULL: the board set none.
ALTER TABLE board ADD COLUMN case_record_patterns VARCHAR(500) NULL;
