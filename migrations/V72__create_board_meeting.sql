-- Board meeting dates (issue 11): the board report goes to the coordinators a number of working days
-- before each (board_report_setting.days_before_meeting, default 5), and leads with actions not
-- updated in the report's period are reminded a week before that.
CREATE TABLE board_meeting (
  board_id    BIGINT       NOT NULL,
  meets_on    DATE         NOT NULL,
  PRIMARY KEY (board_id, meets_on),
  CONSTRAINT fk_board_meeting_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
