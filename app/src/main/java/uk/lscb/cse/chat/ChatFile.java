package uk.lscb.cse.chat;

import uk.lscb.cse.report.ProducingReports;

/**
 * A file for one person (a board report): the plan it is of, who it is for (their email), what it
 * is called, its type, its bytes and a title to show.
 */
public record ChatFile(long planId, String owner, String fileName, String mediaType, byte[] bytes, String title) {

    /** A report produced for {@code owner}. */
    public static ChatFile report(long planId, String owner, ProducingReports.Produced produced) {
        return new ChatFile(planId, owner, produced.fileName(), produced.format().mediaType, produced.bytes(),
                "Board report " + produced.period().from() + " to " + produced.period().to());
    }
}
