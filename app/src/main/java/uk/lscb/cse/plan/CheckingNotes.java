package uk.lscb.cse.plan;

import jakarta.inject.Singleton;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.board.CaseRecordPatterns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The safeguarding guard as it stands for one board: today in the board's time zone, and the
 * board's own case-record number formats. Every way a note gets in (a chat update, the modal, the
 * API, a plan file's progress column) checks it through here, so all of them refuse the same notes.
 */
@Singleton
public class CheckingNotes {
    private final Boards boards;
    private final Clock clock;

    CheckingNotes(Boards boards, Clock clock) {
        this.boards = boards;
        this.clock = clock;
    }

    public SafeguardingGuard forBoard(long boardId) {
        Board board = boards.withId(boardId).orElseThrow(() -> new NotFound("no board " + boardId));
        return SafeguardingGuard.on(LocalDate.now(clock.withZone(ZoneId.of(board.timeZone()))))
                .withCaseRecords(CaseRecordPatterns.parse(board.caseRecordPatterns()).patterns());
    }
}
