-- Issue 10. Each board words its RAG ratings its own way ("Green = on track", "Blue = complete",
-- NE Lincolnshire's GREEN often meaning done): the board's own definitions, shown in help and reports.
CREATE TABLE board_rag_definition (
  board_id  BIGINT       NOT NULL,
  rag       VARCHAR(12)  NOT NULL,
  meaning   VARCHAR(255) NOT NULL,
  PRIMARY KEY (board_id, rag),
  CONSTRAINT ck_brd_rag CHECK (rag IN ('NOT_STARTED', 'NOT_RATED', 'RED', 'AMBER', 'GREEN', 'COMPLETE')),
  CONSTRAINT fk_brd_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
