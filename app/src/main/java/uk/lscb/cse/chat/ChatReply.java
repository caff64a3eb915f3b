package uk.lscb.cse.chat;

import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.PlanSummary;
import uk.lscb.cse.plan.ProgressEntry;

import java.util.List;

/**
 * What the bot answers, before any platform renders it: Slack as Block Kit, Teams as an
 * Adaptive Card. {@code footnote} is a line for the asker only (e.g. how to get linked).
 */
public sealed interface ChatReply {
    String footnote();

    /** A plain answer or refusal that says what to do next. */
    record Message(String text, String footnote) implements ChatReply {
        public Message(String text) {
            this(text, null);
        }
    }

    record Help(String footnote) implements ChatReply {
    }

    record PlanStatus(PlanSummary summary, String footnote) implements ChatReply {
    }

    /** One action with its last updates; {@code shared} replies go to a channel and carry no notes. */
    record ActionDetail(ActionView action, List<ProgressEntry> recent, boolean shared, String footnote) implements ChatReply {
    }

    record ActionList(String title, List<ActionView> actions, String whenEmpty, String footnote) implements ChatReply {
    }

    record Updated(ActionView action, ProgressEntry entry, String footnote) implements ChatReply {
    }

    record History(ActionView action, List<ProgressEntry> entries, String footnote) implements ChatReply {
    }
}
