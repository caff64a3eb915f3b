package uk.lscb.cse.chat.slack;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.notify.Delivery;
import uk.lscb.cse.notify.Notice;
import uk.lscb.cse.notify.Notifier;
import uk.lscb.cse.plan.Rag;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slack delivery of alerts, escalations and digests: people by direct message (found by their
 * email), digests in the board's channel. Every message about an action is remembered as a thread
 * of that action, so a reply to it updates the action.
 */
@Singleton
class SlackNotifier implements Notifier {
    private static final String REPLY_HINT = "Reply in this thread to update it, e.g. _amber - waiting on police data_,"
            + " _done_ or _note: venue booked_; or use the buttons.";

    private final SlackWeb web;
    private final ChatThreads threads;

    SlackNotifier(SlackWeb web, ChatThreads threads) {
        this.web = web;
        this.threads = threads;
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
    public Sent send(Delivery delivery, Board board) {
        String channel = channel(delivery, board);
        SlackReplies.Rendered rendered = render(delivery.notice());
        SlackWeb.Posted posted = web.postNotice(channel, rendered.text(), rendered.blocksJson(), delivery.key());
        if (posted.ts() == null) {
            throw new DeliveryFailed(posted.error());
        }
        if (delivery.actionId() != null) {
            threads.remember(Source.SLACK, posted.channel(), posted.ts(), delivery.actionId());
        }
        return new Sent(posted.channel(), posted.ts());
    }

    @Override
    public Optional<Sent> find(Delivery delivery, Board board) {
        String channel = channel(delivery, board);
        // Slack's clock and ours may differ a little: look from a minute before the decision.
        return web.findByKey(channel, delivery.createdAt().minus(Duration.ofMinutes(1)), delivery.key())
                .map(ts -> {
                    if (delivery.actionId() != null) {
                        threads.remember(Source.SLACK, channel, ts, delivery.actionId());
                    }
                    return new Sent(channel, ts);
                });
    }

    private String channel(Delivery delivery, Board board) {
        if (delivery.personId() == null) {
            if (board.slackDigestChannel() == null) {
                throw new DeliveryFailed("board " + board.slug() + " has no slackDigestChannel; set it with PUT /api/boards/"
                        + board.slug());
            }
            return board.slackDigestChannel();
        }
        String user = web.userByEmail(delivery.recipient()).orElseThrow(() -> new DeliveryFailed(
                "no Slack user in the workspace has the email " + delivery.recipient()
                        + "; correct the person's email or their Slack profile"));
        return web.directMessage(user).orElseThrow(() -> new DeliveryFailed("Slack would not open a direct message with "
                + delivery.recipient()));
    }

    static SlackReplies.Rendered render(Notice notice) {
        Blocks b = new Blocks();
        String text;
        // Java 17: no pattern matching in switch yet.
        if (notice instanceof Notice.ActionAlert alert) {
                Notice.ActionRef a = alert.action();
                String emoji = switch (alert.kind()) {
                    case OVERDUE -> ":warning: ";
                    case DUE_SOON -> ":alarm_clock: ";
                    case STALE -> ":hourglass: ";
                    case REVIEW -> ":repeat: ";
                    default -> "";
                };
                text = emoji + alert.headline();
                b.section("*" + Blocks.esc(text) + "*\n" + Blocks.esc(alert.greeting()));
                action(b, a);
                b.context(REPLY_HINT);
        } else if (notice instanceof Notice.Escalation e) {
                Notice.ActionRef a = e.action();
                text = ":rotating_light: " + e.headline();
                b.section("*" + Blocks.esc(text) + "*\n" + Blocks.esc(e.detail()));
                action(b, a);
                b.context(REPLY_HINT);
        } else if (notice instanceof Notice.Digest d) {
                text = d.title();
                b.header(text);
                b.section("*" + Blocks.esc(d.planTitle()) + "*\n" + counts(d.byRag(), d.weekAgo()));
                b.fields(List.of("*Newly overdue*\n" + d.newlyOverdue(), "*Alerts unanswered*\n" + d.unanswered(),
                        "*RAG moves this week*\n" + d.moves(), "*Top priority, not green*\n" + d.priorityNotGreen()));
                b.context(d.linesShown() == 0 ? "Nothing to list this week."
                        : "The " + d.linesShown() + " lines below are each their own message: reply in a line's thread to"
                        + " update that action." + (d.listed() > d.linesShown() ? " " + (d.listed() - d.linesShown())
                        + " more not listed: `/cse overdue` and `/cse status` show them all." : ""));
        } else {
                Notice.DigestLine line = (Notice.DigestLine) notice;
                Notice.ActionRef a = line.action();
                text = line.summary();
                b.section("*" + line.section().title + "* · *" + Blocks.esc(a.ref()) + "* " + Blocks.esc(Blocks.cut(a.text(), 200))
                        + "\n" + SlackReplies.rag(a.rag()) + " · " + Blocks.esc(String.join(", ", a.leads()))
                        + (line.detail() == null ? "" : " · " + Blocks.esc(line.detail())));
        }
        return new SlackReplies.Rendered(text, b.list());
    }

    private static void action(Blocks b, Notice.ActionRef a) {
        b.section("*" + Blocks.esc(a.ref()) + "* " + Blocks.esc(Blocks.cut(a.text(), 500)));
        b.fields(List.of("*RAG*\n" + SlackReplies.rag(a.rag()), "*Leads*\n" + Blocks.esc(String.join(", ", a.leads())),
                "*Timescale*\n" + (a.timescale() == null ? "_none set_" : Blocks.esc(a.timescale()))));
        String value = a.planId() + "|" + a.ref();
        b.buttons(List.of(
                Blocks.button("Green", "rag:GREEN", value, "primary"),
                Blocks.button("Amber", "rag:AMBER", value, null),
                Blocks.button("Red", "rag:RED", value, "danger"),
                Blocks.button("Complete", "rag:COMPLETE", value, null),
                Blocks.button("Add note", "note", value, null)));
    }

    private static String counts(Map<Rag, Integer> now, Map<Rag, Integer> weekAgo) {
        StringBuilder line = new StringBuilder();
        for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.COMPLETE, Rag.NOT_STARTED)) {
            int count = now.getOrDefault(rag, 0);
            int change = count - weekAgo.getOrDefault(rag, 0);
            line.append(line.isEmpty() ? "" : "   ").append(SlackReplies.rag(rag)).append(" ").append(count)
                    .append(change == 0 ? "" : change > 0 ? " (+" + change + ")" : " (" + change + ")");
        }
        return line.append("\n_change since last week in brackets_").toString();
    }
}
