package uk.lscb.cse.chat;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.people.Role;
import uk.lscb.cse.report.ProducingReports;
import uk.lscb.cse.report.ReportFormat;

import java.util.List;

/** "report [from] [to]": the board report, produced for a coordinator; anyone else is told who can ask. */
@Singleton
class AskingForReports {
    private final ProducingReports producing;
    private final People people;

    AskingForReports(ProducingReports producing, People people) {
        this.producing = producing;
        this.people = people;
    }

    ChatReply report(ChatUser user, long planId, String from, String to) {
        if (!user.linked() || user.person().role() != Role.COORDINATOR) {
            List<String> coordinators = people.of(user.board().id()).stream()
                    .filter(p -> p.role() == Role.COORDINATOR).map(Person::name).sorted().toList();
            return new ChatReply.Message("The board report is for the board's coordinators"
                    + (coordinators.isEmpty() ? "; the board has none yet: ask the board manager to add one."
                    : ": ask " + String.join(" or ", coordinators) + " for it."),
                    user.linked() ? null : "You're not linked to " + user.board().name() + "'s people: "
                    + ChatCommands.linkHint(user));
        }
        ProducingReports.Produced produced = producing.produce(planId, from, to, ReportFormat.PDF,
                new Actor(user.person().email(), user.platform(), user.channel()));
        ChatFile file = ChatFile.report(planId, user.person().email(), produced);
        return new ChatReply.Report(file, produced.period().from(), produced.period().to(), null, null);
    }
}
