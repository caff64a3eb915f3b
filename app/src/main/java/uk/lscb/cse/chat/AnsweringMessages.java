package uk.lscb.cse.chat;

import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import uk.lscb.cse.plan.ActionView;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One message typed to the bot, answered the same way on Slack and Teams: a reply in the thread
 * of a message about an action updates that action; anything else is a command. Sharing an action
 * posts it for everyone and remembers the post, so replies in its thread update the action.
 */
@Singleton
public class AnsweringMessages {
    private static final String REF_HINT = "To update an action here, start with its number, e.g. \"2.1 amber waiting on"
            + " police data\", \"2.3 done - report published\" or \"note 4.1 venue booked\"; one action per line.";

    private final ChatCommands commands;
    private final ChatThreads threads;
    private final ChatMetrics metrics;

    AnsweringMessages(ChatCommands commands, ChatThreads threads, ChatMetrics metrics) {
        this.commands = commands;
        this.threads = threads;
        this.metrics = metrics;
    }

    /**
     * @param threadRoot the message this one replies to, or null
     * @param mentioned  resolves a platform mention to an email, or null when it cannot
     */
    public void answer(String text, String threadRoot, ChatUser user, Function<String, String> mentioned, Mouth mouth) {
        if (threadRoot != null && answerInThread(threadRoot, text, user, mouth)) {
            return;
        }
        Timer.Sample timing = metrics.start();
        Command command = CommandParser.parse(text);
        ChatReply reply = command instanceof Command.Report && mouth.whyNoPrivateFiles() != null
                ? new ChatReply.Message(mouth.whyNoPrivateFiles())
                : commands.handle(command, user, mentioned);
        if (reply instanceof ChatReply.ActionDetail detail && detail.share() && mouth.canShare()) {
            share(detail, user, mouth);
        } else if (reply instanceof ChatReply.Report report) {
            Mouth.Posted sent = mouth.sendPrivately(report.file());
            // Told where it went only where the asker alone reads it; a refusal names nothing of the report.
            mouth.answer(view(sent.problem() != null ? new ChatReply.Message(sent.problem())
                    : report.sentAs(sent.messageId()), mouth.audience(), user));
        } else {
            mouth.answer(view(reply, mouth.audience(), user));
        }
        metrics.replied(timing, user.platform(), CommandParser.verb(text));
    }

    /**
     * A reply in a thread: if the thread is about an action, updates it (confirmed in the thread;
     * refusals and hints to the person) and says true. False when the thread is about no action.
     */
    public boolean answerInThread(String threadRoot, String text, ChatUser user, Mouth mouth) {
        Timer.Sample timing = metrics.start();
        Optional<ChatThreads.KpiThread> kpi = threads.kpiAbout(user.platform(), user.channel(), threadRoot);
        if (kpi.isPresent()) {
            answerValue(kpi.get(), text, user, mouth);
            metrics.replied(timing, user.platform(), ChatMetrics.THREAD_REPLY);
            return true;
        }
        Optional<ChatThreads.About> about = threads.about(user.platform(), user.channel(), threadRoot);
        if (about.isEmpty()) {
            return false;
        }
        List<ChatReply> replies = about.get().retiredIn() != null
                ? List.of(new ChatReply.Message(Words.retired(about.get().ref(), about.get().retiredIn())))
                : about.get().wholePlan()
                ? replyInPlanThread(about.get().planId(), text, user)
                : List.of(replyInThread(about.get().planId(), about.get().ref(), text, user));
        for (ChatReply reply : replies) {
            if (reply instanceof ChatReply.Updated) {
                mouth.postInThread(view(reply, mouth.threadAudience(), user));
            } else {
                mouth.answer(view(reply, mouth.audience(), user));
            }
        }
        metrics.replied(timing, user.platform(), ChatMetrics.THREAD_REPLY);
        return true;
    }

    /** A reply in a value request's thread: "42" or "42 note …" gives that period's value; anything else gets a hint. */
    private void answerValue(ChatThreads.KpiThread about, String text, ChatUser user, Mouth mouth) {
        ChatReply reply = KpiCommands.reply(about.number(), about.period(), text)
                .map(command -> commands.handle(command instanceof Command.KpiGive give ? new Command.KpiGive(give.number(),
                        give.period(), give.value(), give.note(), about.planId()) : command, user, id -> null))
                .orElseGet(() -> new ChatReply.Message("To give measure " + about.number() + "'s value for " + about.period()
                        + " here, reply with the number, e.g. \"42\" or \"42 note two referrals came late\"."));
        if (reply instanceof ChatReply.KpiRecorded) {
            mouth.postInThread(view(reply, mouth.threadAudience(), user));
        } else {
            mouth.answer(view(reply, mouth.audience(), user));
        }
    }

    /**
     * A reply in the thread of a message about one action of plan {@code planId}: "amber - waiting
     * on police data", "done - report published", "note: venue booked". Anything else gets a hint,
     * and writes nothing.
     */
    private ChatReply replyInThread(long planId, String ref, String text, ChatUser user) {
        return CommandParser.parseReply(ref, text).map(command -> commands.handle(Command.inPlan(command, planId), user, id -> null))
                .orElseGet(() -> new ChatReply.Message("To update " + ref + " here, reply with a RAG and a note, e.g."
                        + " \"amber - waiting on police data\", \"red: no venue\", \"done - report published\", or"
                        + " \"note: venue booked\"."));
    }

    /**
     * A reply in the thread of a message about a whole plan (the one-message digest): each line
     * names its action by ref and is answered on its own; a reply naming none gets a hint.
     */
    private List<ChatReply> replyInPlanThread(long planId, String text, ChatUser user) {
        List<ChatReply> replies = new java.util.ArrayList<>();
        int line = 0;
        for (String written : (text == null ? "" : text).split("\\R")) {
            if (written.isBlank()) {
                continue;
            }
            line++;
            int number = line;
            replies.add(CommandParser.parseRefLine(written)
                    .map(command -> commands.handle(Command.inPlan(command, planId), user, id -> null))
                    .orElseGet(() -> new ChatReply.Message((number == 1 ? "" : "Line " + number + ": ") + REF_HINT)));
        }
        return replies.isEmpty() ? List.of(new ChatReply.Message(REF_HINT)) : replies;
    }

    private void share(ChatReply.ActionDetail detail, ChatUser user, Mouth mouth) {
        ActionView action = detail.action();
        Mouth.Posted posted = mouth.share(view(new ChatReply.ActionDetail(action, List.of(), true, null), Audience.SHARED, user));
        if (posted.messageId() == null) {
            mouth.answer(view(new ChatReply.Message(posted.problem()), mouth.audience(), user));
            return;
        }
        threads.remember(user.platform(), user.channel(), posted.messageId(), action.id());
        if (mouth.audience() == Audience.PRIVATE) {
            mouth.answer(view(new ChatReply.Shared(action, null), Audience.PRIVATE, user));
        }
    }

    /** Worded for {@code audience}, and for who {@code user} is: notes only ever for the board's people. */
    public static ChatView view(ChatReply reply, Audience audience, ChatUser user) {
        ChatView view = ReplyViews.view(reply, audience, user.linked(), ZoneId.of(user.board().timeZone()));
        if (user.linked() || user.email() == null || audience != Audience.PRIVATE) {
            return view;
        }
        // Told to the asker alone: the email the board's people list must hold for them to be linked.
        return view.above(new ChatView(view.summary(), audience, List.of(new Part.Note(Text.of("The email I see on your "
                + user.platformName() + " account is " + user.email() + ".")))));
    }
}
