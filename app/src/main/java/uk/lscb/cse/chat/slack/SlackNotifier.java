package uk.lscb.cse.chat.slack;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.chat.NoticeViews;
import uk.lscb.cse.chat.ReportFiles;
import uk.lscb.cse.chat.slack.install.WorkspaceTokens;
import uk.lscb.cse.notify.Delivery;
import uk.lscb.cse.notify.DeliveryLedger;
import uk.lscb.cse.notify.Notice;
import uk.lscb.cse.notify.Notifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slack delivery of alerts, escalations and digests: people by direct message (found by their
 * email), digests in the board's channel. Every message about an action is remembered as a thread
 * of that action, so a reply to it updates the action.
 */
@Singleton
class SlackNotifier implements Notifier {
    private final SlackWeb web;
    private final ChatThreads threads;
    private final SlackFiles files;
    private final ReportFiles reports;
    private final DeliveryLedger ledger;

    SlackNotifier(SlackWeb web, ChatThreads threads, SlackFiles files, ReportFiles reports, DeliveryLedger ledger) {
        this.web = web;
        this.threads = threads;
        this.files = files;
        this.reports = reports;
        this.ledger = ledger;
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public boolean serves(Board board) {
        return board.slackTeamId() != null;
    }

    @Override
    public Sent send(Delivery delivery, Board board, Instant sendBy) {
        String channel;
        try {
            channel = channel(delivery, board);
        } catch (IllegalStateException e) {
            throw new DeliveryFailed(e.getMessage());     // before anything was posted: a clear failure
        }
        if (delivery.notice() instanceof Notice.BoardReportDue report && ledger.sentFile(delivery.id()).isEmpty()) {
            // The file first, remembered as soon as Slack has it, then the message with the delivery key:
            // a retry after the message failed posts the message only, and a retry that finds the message
            // sends neither again.
            SlackFiles.Uploaded uploaded = files.upload(board.slackTeamId(), channel, reports.file(report, delivery.recipient()));
            uploaded.problem().ifPresent(problem -> {
                throw new DeliveryFailed(problem);
            });
            ledger.fileSent(delivery.id(), uploaded.fileId());
        }
        SlackViews.Rendered rendered = render(delivery.notice());
        SlackWeb.Posted posted;
        try {
            posted = web.postNotice(board.slackTeamId(), channel, rendered.text(), rendered.blocksJson(), delivery.key(), sendBy);
        } catch (WorkspaceTokens.NotInstalled e) {
            throw new DeliveryFailed(e.getMessage());     // no token: nothing was posted
        }
        if (posted.ts() == null) {
            throw new DeliveryFailed(posted.error(), posted.unclear(), posted.retryAfter());
        }
        threads.sent(Source.SLACK, posted.channel(), posted.ts(), delivery);
        return new Sent(posted.channel(), posted.ts());
    }

    @Override
    public Optional<Sent> find(Delivery delivery, Board board) {
        String channel = channel(delivery, board);
        // Slack's clock and ours may differ a little: look from a minute before the decision.
        return web.findByKey(board.slackTeamId(), channel, delivery.createdAt().minus(Duration.ofMinutes(1)), delivery.key())
                .map(ts -> {
                    threads.sent(Source.SLACK, channel, ts, delivery);
                    return new Sent(channel, ts);
                });
    }

    @Override
    public Duration longestCall() {
        return web.longestCall();
    }

    private String channel(Delivery delivery, Board board) {
        if (delivery.personId() == null) {
            if (board.slackDigestChannel() == null) {
                throw new DeliveryFailed("board " + board.slug() + " has no slackDigestChannel; set it with PUT /api/boards/"
                        + board.slug());
            }
            return board.slackDigestChannel();
        }
        // The reason is logged: it names no one (the ledger row shows the recipient).
        String user = web.userByEmail(board.slackTeamId(), delivery.recipient()).orElseThrow(() -> new DeliveryFailed(
                "no Slack user in the workspace has the recipient's email; correct the person's email or their Slack profile"));
        return web.directMessage(board.slackTeamId(), user).orElseThrow(() -> new DeliveryFailed(
                "Slack would not open a direct message with the recipient"));
    }

    static SlackViews.Rendered render(Notice notice) {
        return SlackViews.render(NoticeViews.view(notice));
    }
}
