package uk.lscb.cse.chat.teams;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.chat.NoticeViews;
import uk.lscb.cse.chat.ChatFile;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Part;
import uk.lscb.cse.chat.ReportFiles;
import uk.lscb.cse.chat.Text;
import uk.lscb.cse.notify.Notice;
import uk.lscb.cse.report.DownloadLinks;
import java.util.List;
import uk.lscb.cse.db.UniqueKeys;
import uk.lscb.cse.notify.Delivery;
import uk.lscb.cse.notify.NoticeKind;
import uk.lscb.cse.notify.Notice;
import uk.lscb.cse.notify.Notifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Teams delivery of alerts, escalations and digests, the second {@link Notifier}. People get a
 * card in their personal chat with the bot (through its stored conversation reference); a lead the
 * bot has never talked to gets the app installed through Graph, and the alert goes on the next
 * attempt once Teams has opened the chat. Overdue alerts and escalations also raise an
 * activity-feed notice. Digests go to the board's channel, one message per line.
 *
 * Unlike Slack, the Bot Connector cannot be asked whether a message arrived. So the bot keeps its
 * own record of what it sent in each conversation ({@link TeamsSent}: delivery key, conversation,
 * activity id), written the moment Teams answers with the id and before anything else, and
 * {@link #find} looks there: a sender that stopped, or lost its claim, after Teams took a card is
 * not followed by a second card. What no record can tell is a call Teams never answered (a
 * timeout, a 5xx, the process killed mid-call): such a card may have arrived or not, and it is sent
 * again, since a lead missing an alert is worse than a lead seeing one twice.
 */
@Singleton
class TeamsNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsNotifier.class);

    private final TeamsConversations conversations;
    private final BotConnector connector;
    private final TeamsGraph graph;
    private final ChatThreads threads;
    private final TeamsSentRepository sentRecord;
    private final Clock clock;
    private final ReportFiles reports;
    private final DownloadLinks links;

    TeamsNotifier(TeamsConversations conversations, BotConnector connector, TeamsGraph graph, ChatThreads threads,
                  TeamsSentRepository sentRecord, Clock clock, ReportFiles reports, DownloadLinks links) {
        this.reports = reports;
        this.links = links;
        this.conversations = conversations;
        this.connector = connector;
        this.graph = graph;
        this.threads = threads;
        this.sentRecord = sentRecord;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return "teams";
    }

    @Override
    public boolean serves(Board board) {
        return board.teamsTenantId() != null;
    }

    @Override
    public Sent send(Delivery delivery, Board board, Instant sendBy) {
        String tenant = board.teamsTenantId();
        TeamsConversations.Reference where = delivery.personId() == null ? channel(board) : person(tenant, delivery.recipient());
        TeamsViews.Card card = TeamsViews.render(withFile(delivery));
        BotConnector.Sent sent = connector.send(where.serviceUrl(), where.conversationId(), null, card.activity(), sendBy);
        if (!sent.ok()) {
            throw new DeliveryFailed(sent.error(), sent.unclear(), sent.retryAfter());
        }
        UniqueKeys.inserted(() -> sentRecord.save(new TeamsSent(delivery.key(), where.conversationId(), sent.id(),
                clock.instant())));
        if (sent.id() != null) {
            threads.sent(Source.TEAMS, where.conversationId(), sent.id(), delivery);
        }
        if (delivery.personId() != null && (delivery.kind() == NoticeKind.OVERDUE || delivery.kind() == NoticeKind.ESCALATION)) {
            feed(tenant, delivery, card.text());
        }
        return new Sent(where.conversationId(), sent.id());
    }

    /** A scheduled report's card carries a single-use link to its file, made now (a retry makes a new one). */
    private ChatView withFile(Delivery delivery) {
        ChatView view = NoticeViews.view(delivery.notice());
        if (!(delivery.notice() instanceof Notice.BoardReportDue report)) {
            return view;
        }
        ChatFile file = reports.file(report, delivery.recipient());
        String link;
        try {
            link = links.issue(file.planId(), file.owner(), file.fileName(), file.mediaType(), file.bytes(),
                    DownloadLinks.SCHEDULED);
        } catch (uk.lscb.cse.Invalid e) {
            throw new DeliveryFailed(e.getMessage());
        }
        return view.above(new ChatView(view.summary(), view.audience(), List.of(
                new Part.Lines(List.of(Text.of("The link works once, within " + DownloadLinks.SCHEDULED.toDays() + " days."))),
                new Part.Download("Download " + file.fileName(), link))));
    }

    @Override
    public Optional<Sent> find(Delivery delivery, Board board) {
        return sentRecord.findById(delivery.key()).map(sent -> {
            if (sent.activityId() != null) {
                threads.sent(Source.TEAMS, sent.conversationId(), sent.activityId(), delivery);
            }
            return new Sent(sent.conversationId(), sent.activityId());
        });
    }

    @Override
    public Duration longestCall() {
        return BotConnector.LONGEST_CALL;
    }

    private TeamsConversations.Reference channel(Board board) {
        if (board.teamsDigestChannel() == null) {
            throw new DeliveryFailed("board " + board.slug() + " has no teamsDigestChannel; set it with PUT /api/boards/" + board.slug());
        }
        return conversations.channel(board.teamsTenantId(), board.teamsDigestChannel())
                .or(() -> conversations.serviceUrl(board.teamsTenantId())
                        .map(url -> new TeamsConversations.Reference(url, board.teamsDigestChannel())))
                .orElseThrow(() -> new DeliveryFailed("the bot has not been added to a team in this tenant yet: add the app"
                        + " to the team of channel " + board.teamsDigestChannel()));
    }

    private TeamsConversations.Reference person(String tenant, String email) {
        Optional<TeamsConversations.Reference> known = conversations.byEmail(tenant, email);
        if (known.isPresent()) {
            return known.get();
        }
        // Reasons are logged: they name no one (the ledger row shows the recipient).
        String user = graph.userId(tenant, email).orElseThrow(() -> new DeliveryFailed(
                "no Microsoft 365 user in the tenant has the recipient's email; correct the person's email"));
        try {
            graph.install(tenant, user);
        } catch (RuntimeException e) {
            // Already installed (Graph answers 409) or not allowed: either way we wait for Teams' conversationUpdate.
            LOG.info("Installing the app for a recipient did not complete (the delivery is retried): {}", e.getMessage());
        }
        throw new DeliveryFailed("installed the app for the recipient so Teams opens a chat with the bot; the message goes"
                + " on the next attempt, once Teams has told the bot about that chat");
    }

    private void feed(String tenant, Delivery delivery, String text) {
        try {
            graph.userId(tenant, delivery.recipient()).ifPresent(user -> graph.notify(tenant, user,
                    delivery.kind() == NoticeKind.OVERDUE ? "overdueAlert" : "escalation", text, actionRef(delivery.notice())));
        } catch (RuntimeException e) {
            // The card arrived; a missing feed notice is not worth sending the card twice.
            LOG.warn("Activity-feed notice for delivery {} failed: {}", delivery.id(), e.getMessage());
        }
    }

    private static String actionRef(Notice notice) {
        if (notice instanceof Notice.ActionAlert alert) {
            return alert.action().ref() + " " + alert.action().text();
        }
        if (notice instanceof Notice.Escalation escalation) {
            return escalation.action().ref() + " " + escalation.action().text();
        }
        return "";
    }
}
