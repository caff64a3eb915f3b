package uk.lscb.cse.chat;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.notify.Notice;
import uk.lscb.cse.report.ProducingReports;
import uk.lscb.cse.report.ReportFormat;

/** The file of a scheduled board report, made when it is sent, for the coordinator it goes to. */
@Singleton
public class ReportFiles {
    private final ProducingReports producing;

    ReportFiles(ProducingReports producing) {
        this.producing = producing;
    }

    public ChatFile file(Notice.BoardReportDue report, String coordinator) {
        ProducingReports.Produced produced = producing.produce(report.planId(), report.from().toString(),
                report.to().toString(), ReportFormat.PDF, new Actor(coordinator, Source.SCHEDULE, null));
        return ChatFile.report(report.planId(), coordinator, produced);
    }
}
