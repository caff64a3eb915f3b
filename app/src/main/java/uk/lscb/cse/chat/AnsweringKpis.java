package uk.lscb.cse.chat;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.kpi.FindingKpis;
import uk.lscb.cse.kpi.Kpi;
import uk.lscb.cse.kpi.KpiSettingsStore;
import uk.lscb.cse.kpi.KpiStanding;
import uk.lscb.cse.kpi.RecordKpiValue;
import uk.lscb.cse.kpi.RecordingKpiValues;
import uk.lscb.cse.kpi.SmallNumbers;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.people.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The KPI commands: "kpi" lists the asker's measures (a coordinator's: all of them) and what is due,
 * "kpi 3" shows one, "kpi 3 42" gives a value. Exact values are for the owner and the coordinators;
 * whether a view may show them is decided again by its audience (see {@link KpiFigures}).
 */
@Singleton
class AnsweringKpis {
    private final FindingKpis kpis;
    private final RecordingKpiValues recording;
    private final KpiSettingsStore settings;
    private final FindingActions finding;
    private final Clock clock;

    AnsweringKpis(FindingKpis kpis, RecordingKpiValues recording, KpiSettingsStore settings, FindingActions finding,
                  Clock clock) {
        this.kpis = kpis;
        this.finding = finding;
        this.recording = recording;
        this.settings = settings;
        this.clock = clock;
    }

    /** A KPI command on the current plan {@code planId}. */
    ChatReply answer(Command command, ChatUser user, long planId, String footnote) {
        if (command instanceof Command.KpiShow show) {
            return show(user, planId, show.number(), footnote);
        }
        if (command instanceof Command.KpiGive give) {
            // A request, card or thread from an earlier plan: its number may name another measure now.
            if (give.planId() != null && give.planId() != planId) {
                return new ChatReply.Message("Not saved: this request is from \"" + finding.plan(give.planId()).title()
                        + "\", which is no longer the current plan; kpi lists the current plan's measures.");
            }
            return give(user, planId, give);
        }
        return list(user, planId, footnote);
    }

    ChatReply list(ChatUser user, long planId, String footnote) {
        List<KpiStanding> all = kpis.standings(planId, today(user));
        SmallNumbers rule = rule(user);
        if (!user.linked()) {
            return new ChatReply.KpiList("The plan's measures", all, "The plan has no measures.", false, rule, footnote);
        }
        boolean coordinator = user.person().role() == Role.COORDINATOR;
        List<KpiStanding> mine = coordinator ? all : all.stream().filter(s -> owns(user.person(), s.kpi())).toList();
        return new ChatReply.KpiList(coordinator ? "The plan's measures" : "Your measures", mine,
                "You own none of the plan's measures" + (user.person().agency() == null ? "." : ", by name or through "
                + user.person().agency() + ". kpi 3 shows any measure."), true, rule, footnote);
    }

    ChatReply show(ChatUser user, long planId, int number, String footnote) {
        Kpi kpi = kpis.numbered(planId, number);
        boolean mayGive = user.linked() && RecordingKpiValues.refusal(user.person(), kpi).isEmpty();
        boolean exact = user.linked() && (user.person().role() == Role.COORDINATOR || owns(user.person(), kpi));
        return new ChatReply.KpiDetail(kpis.standing(kpi, today(user)), mayGive, exact, rule(user), footnote);
    }

    ChatReply give(ChatUser user, long planId, Command.KpiGive give) {
        if (!user.linked()) {
            return new ChatReply.Message("Only the measure's owner or a coordinator can give its values, and you're not"
                    + " linked to " + user.board().name() + "'s people yet.");
        }
        RecordingKpiValues.Recorded recorded = recording.record(new RecordKpiValue(planId, give.number(), give.period(),
                give.value(), give.note(), new Actor(user.person().email(), user.platform(), user.channel())));
        return new ChatReply.KpiRecorded(recorded, rule(user), null);
    }

    /** The plan's measures due and overdue for a value, for the status line. */
    ChatReply.KpiCounts counts(ChatUser user, long planId) {
        List<KpiStanding> all = kpis.standings(planId, today(user));
        return new ChatReply.KpiCounts(all.size(), (int) all.stream().filter(s -> s.status() == KpiStanding.Status.DUE).count(),
                (int) all.stream().filter(s -> s.status() == KpiStanding.Status.OVERDUE).count());
    }

    /** Owned: named as its owner, of its owning agency, or of any agency for a measure split by agency (each gives its part). */
    static boolean owns(Person person, Kpi kpi) {
        return kpi.ownerPersonId() != null && kpi.ownerPersonId() == person.id()
                || person.agency() != null && kpi.ownerAgency() != null && kpi.ownerAgency().equalsIgnoreCase(person.agency())
                || person.agency() != null && kpi.byAgency();
    }

    private SmallNumbers rule(ChatUser user) {
        return settings.of(user.board().id()).smallNumbers();
    }

    private LocalDate today(ChatUser user) {
        return LocalDate.now(clock.withZone(ZoneId.of(user.board().timeZone())));
    }
}
