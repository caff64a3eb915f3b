package uk.lscb.cse.chat;

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
    private final ChatCommands commands;
    private final ChatThreads threads;

    AnsweringMessages(ChatCommands commands, ChatThreads threads) {
        this.commands = commands;
        this.threads = threads;
    }

    /**
     * @param threadRoot the message this one replies to, or null
     * @param mentioned  resolves a platform mention to an email, or null when it cannot
     */
    public void answer(String text, String threadRoot, ChatUser user, Function<String, String> mentioned, Mouth mouth) {
        if (threadRoot != null && answerInThread(threadRoot, text, user, mouth)) {
            return;
        }
        ChatReply reply = commands.handle(CommandParser.parse(text), user, mentioned);
        if (reply instanceof ChatReply.ActionDetail detail && detail.share() && mouth.canShare()) {
            share(detail, user, mouth);
            return;
        }
        mouth.answer(view(reply, mouth.audience(), user));
    }

    /**
     * A reply in a thread: if the thread is about an action, updates it (confirmed in the thread;
     * refusals and hints to the person) and says true. False when the thread is about no action.
     */
    public boolean answerInThread(String threadRoot, String text, ChatUser user, Mouth mouth) {
        Optional<ChatThreads.About> about = threads.about(user.platform(), user.channel(), threadRoot);
        if (about.isEmpty()) {
            return false;
        }
        ChatReply reply = commands.replyInThread(about.get().ref(), text, user);
        if (reply instanceof ChatReply.Updated) {
            mouth.postInThread(view(reply, mouth.threadAudience(), user));
        } else {
            mouth.answer(view(reply, mouth.audience(), user));
        }
        return true;
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
