package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import jakarta.inject.Singleton;
import uk.lscb.cse.chat.AnsweringMessages;
import uk.lscb.cse.chat.Audience;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Command;
import uk.lscb.cse.chat.ReplyViews;
import uk.lscb.cse.kpi.FindingKpis;
import uk.lscb.cse.kpi.Kpi;
import uk.lscb.cse.kpi.RecordingKpiValues;
import uk.lscb.cse.kpi.ValueKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Enter the value" button on a value request opens a modal with a number input and an optional
 * note; submitting it records the value. Slack waits for the answer to the submission, so a value or
 * note that is refused keeps the modal open with the reason under its field, and nothing is written.
 */
@Singleton
class KpiModal {
    static final String OPEN = "kpi_value";
    static final String CALLBACK = "cse_kpi";
    private static final String VALUE = "value";
    private static final String NOTE = "note";

    private final FindingKpis kpis;
    private final SlackPeople people;
    private final ChatCommands commands;
    private final SlackWeb web;

    KpiModal(FindingKpis kpis, SlackPeople people, ChatCommands commands, SlackWeb web) {
        this.kpis = kpis;
        this.people = people;
        this.commands = commands;
        this.web = web;
    }

    /** What the modal is about, in its private_metadata. */
    record Target(long planId, int number, String period, String channel) {
        String metadata() {
            return planId + "|" + number + "|" + period + "|" + (channel == null ? "" : channel);
        }

        static Target of(String metadata) {
            String[] parts = metadata.split("\\|", -1);
            return new Target(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2],
                    parts[3].isEmpty() ? null : parts[3]);
        }
    }

    /** A submission's result: errors by field (the modal stays open), or the confirmation to post. */
    record Saved(Map<String, String> errors, Runnable confirm) {
    }

    void open(BlockActionPayload payload) {
        String[] value = payload.getActions().get(0).getValue().split("\\|", 3);
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        Target target = new Target(Long.parseLong(value[0]), Integer.parseInt(value[1]), value[2], channel);
        String userId = payload.getUser().getId();
        Optional<ChatUser> user = people.user(payload.getTeam().getId(), userId, channel);
        if (user.isEmpty()) {
            tell(payload.getTeam().getId(), channel, userId, ReplyViews.message(SlackPeople.notLinkedWorkspace(payload.getTeam().getId()), Audience.PRIVATE));
            return;
        }
        Kpi kpi = kpis.numbered(target.planId(), target.number());
        Optional<String> refused = user.get().linked() ? RecordingKpiValues.refusal(user.get().person(), kpi)
                : Optional.of("You can't give values yet: you're not linked to " + user.get().board().name() + "'s people.");
        if (refused.isPresent()) {
            tell(payload.getTeam().getId(), channel, userId, ReplyViews.message(capital(refused.get()) + ".", Audience.PRIVATE));
            return;
        }
        web.openView(payload.getTeam().getId(), payload.getTriggerId(), Blocks.json(view(target, kpi)));
    }

    Saved save(ViewSubmissionPayload payload) {
        Target target = Target.of(payload.getView().getPrivateMetadata());
        String userId = payload.getUser().getId();
        Optional<ChatUser> user = people.user(payload.getTeam().getId(), userId, target.channel());
        if (user.isEmpty()) {
            return new Saved(Map.of(VALUE, SlackPeople.notLinkedWorkspace(payload.getTeam().getId())), () -> { });
        }
        ChatReply reply = commands.handle(new Command.KpiGive(target.number(), target.period(), input(payload, VALUE),
                input(payload, NOTE), target.planId()), user.get(), id -> null);
        if (reply instanceof ChatReply.Message refused) {
            return new Saved(Map.of(refused.text().startsWith("This note") ? NOTE : VALUE, refused.text()), () -> { });
        }
        ChatView view = AnsweringMessages.view(reply, Audience.PRIVATE, user.get());
        return new Saved(Map.of(), () -> tell(payload.getTeam().getId(), target.channel(), userId, view));
    }

    private void tell(String team, String channel, String userId, ChatView view) {
        Modals.tell(web, team, channel, userId, view);
    }

    private static String input(ViewSubmissionPayload payload, String field) {
        return Modals.field(payload, field);
    }

    private static Map<String, Object> view(Target target, Kpi kpi) {
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("type", "number_input");
        number.put("action_id", VALUE);
        number.put("is_decimal_allowed", kpi.kind() != ValueKind.COUNT);
        number.put("min_value", "0");
        return Modals.modal(CALLBACK, target.metadata(), "Measure " + kpi.number(), List.of(
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "*" + kpi.number() + "* "
                        + Blocks.esc(Blocks.cut(kpi.measure(), 500)) + "\n" + Blocks.esc(target.period()))),
                Map.of("type", "input", "block_id", VALUE, "label", Blocks.plain("Value for " + target.period()),
                        "element", number),
                Map.of("type", "input", "block_id", NOTE, "optional", true, "label", Blocks.plain("Note (optional)"),
                        "hint", Blocks.plain("About the figures, never about a child: no names, dates of birth or addresses."),
                        "element", Modals.noteInput(NOTE))));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
