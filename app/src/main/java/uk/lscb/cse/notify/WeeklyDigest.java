package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.notify.ComposingWeeklyDigest.Composed;
import uk.lscb.cse.schedule.BoardSchedule;
import uk.lscb.cse.schedule.BoardSchedules;
import uk.lscb.cse.schedule.WorkingCalendar;
import uk.lscb.cse.schedule.WorkingDays;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weekly digest: decided for the board's channel on the week's first working day, once per
 * board, platform and week (or now, when the board manager asks for it): one message whose thread
 * takes replies by ref, or, where the board prefers, a summary plus one message per listed action
 * so each has a thread of its own.
 */
@Singleton
public class WeeklyDigest {
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigest.class);
    /** A digest later than this after its slot is reported as missed, not sent: Monday's news on Tuesday misleads. */
    static final Duration LATEST = Duration.ofHours(3);

    private final ComposingWeeklyDigest composing;
    private final DeliveryLedger ledger;
    private final BoardSchedules schedules;
    private final WorkingDays workingDays;
    private final List<Notifier> notifiers;
    private final Clock clock;

    WeeklyDigest(ComposingWeeklyDigest composing, DeliveryLedger ledger, BoardSchedules schedules,
                 WorkingDays workingDays, List<Notifier> notifiers, Clock clock) {
        this.composing = composing;
        this.ledger = ledger;
        this.schedules = schedules;
        this.workingDays = workingDays;
        this.notifiers = notifiers;
        this.clock = clock;
    }

    /** What a scheduled run did: SENT (decided), MISSED (too late, reported), or why it did nothing. */
    public record Outcome(String result, String week) {
    }

    /** The scheduled run: only on the week's first working day, within a few hours of the slot. */
    @Transactional
    public Outcome scheduled(Board board) {
        BoardSchedule schedule = schedules.of(board);
        ZoneId zone = ZoneId.of(board.timeZone());
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        String week = week(today);
        WorkingCalendar calendar = workingDays.of(board.id());
        if (schedule.paused()) {
            return new Outcome("board paused", week);
        }
        if (!today.equals(calendar.firstWorkingDayOfWeek(today))) {
            return new Outcome("not the first working day of the week", week);
        }
        ZonedDateTime slot = today.atTime(schedule.digestTime()).atZone(zone);
        if (now.isBefore(slot)) {
            return new Outcome("before the digest time", week);
        }
        Optional<Composed> composed = composing.compose(board, today);
        if (composed.isEmpty()) {
            return new Outcome("no plan", week);
        }
        boolean late = Duration.between(slot, now).compareTo(LATEST) > 0;
        int decided = 0;
        for (Notifier notifier : notifiers.stream().filter(n -> n.serves(board)).toList()) {
            if (late) {
                String why = "the digest for " + week + " was due at " + slot.toLocalTime() + " and the service ran it at "
                        + now.toLocalTime() + "; not sent late";
                if (ledger.missed(board.id(), NoticeKind.DIGEST, DeliveryLedger.To.channel("digest"), week,
                        notifier.platform(), composed.get().digest(), why)) {
                    LOG.warn("Board {}: {}", board.slug(), why);
                }
            } else {
                decided += decide(board, composed.get(), week, notifier.platform(), schedule.digestStyle());
            }
        }
        return new Outcome(late ? "MISSED" : decided > 0 ? "SENT" : "already sent", week);
    }

    /** Sends the digest now, whatever the day (the board manager asked for it). */
    @Transactional
    public Composed now(Board board) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(board.timeZone())));
        Composed composed = composing.compose(board, today).orElseThrow(() -> new NotFound("board " + board.slug()
                + " has no plan yet: import one with POST /api/boards/" + board.slug() + "/plans"));
        List<Notifier> serving = notifiers.stream().filter(n -> n.serves(board)).toList();
        if (serving.isEmpty()) {
            throw new Invalid("board " + board.slug() + " is linked to no chat platform: set slackTeamId and"
                    + " slackDigestChannel with PUT /api/boards/" + board.slug());
        }
        String period = "asked-" + clock.instant().toEpochMilli();
        BoardSchedule.DigestStyle style = schedules.of(board).digestStyle();
        serving.forEach(n -> decide(board, composed, period, n.platform(), style));
        return composed;
    }

    /** One message with the lines in it, or the summary and a message per line (the board's choice). */
    private int decide(Board board, Composed composed, String period, String platform, BoardSchedule.DigestStyle style) {
        if (style == BoardSchedule.DigestStyle.ONE_MESSAGE) {
            return ledger.decide(board.id(), NoticeKind.DIGEST, null, DeliveryLedger.To.channel("digest"), period,
                    platform, composed.digest()) ? 1 : 0;
        }
        int decided = ledger.decide(board.id(), NoticeKind.DIGEST, null, DeliveryLedger.To.channel("digest"), period,
                platform, composed.digest().withoutLines()) ? 1 : 0;
        // Every listed line is its own delivery: an action moved twice in the week is listed twice in
        // its section, so its second listing is keyed by its number. The first keeps the key digests
        // always had, so a digest decided before the change is not decided again after it.
        Map<String, Integer> listings = new HashMap<>();
        for (int i = 0; i < composed.lines().size(); i++) {
            Notice.DigestLine line = composed.lines().get(i);
            long action = composed.lineActions().get(i);
            int n = listings.merge(line.section() + "|" + action, 1, Integer::sum);
            decided += ledger.decide(board.id(), NoticeKind.DIGEST_LINE, action, DeliveryLedger.To.channel("digest"),
                    period + "|" + line.section() + (n == 1 ? "" : "|" + n), platform, line) ? 1 : 0;
        }
        return decided;
    }

    /** The ISO week a digest belongs to, e.g. 2016-W03: one digest per board, platform and week. */
    static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
