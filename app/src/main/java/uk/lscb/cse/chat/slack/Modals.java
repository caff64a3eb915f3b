package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.ViewState;
import uk.lscb.cse.chat.ChatView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the bot's modals share: their frame, the note box, reading a field, and answering the person alone. */
final class Modals {
    private Modals() {
    }

    static Map<String, Object> modal(String callbackId, String metadata, String title, List<Map<String, Object>> blocks) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", "modal");
        view.put("callback_id", callbackId);
        view.put("private_metadata", metadata);
        view.put("title", Blocks.plain(Blocks.cut(title, 24)));
        view.put("submit", Blocks.plain("Save"));
        view.put("close", Blocks.plain("Cancel"));
        view.put("blocks", blocks);
        return view;
    }

    /** A multi-line note box of up to 2000 characters. */
    static Map<String, Object> noteInput(String actionId) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", "plain_text_input");
        input.put("action_id", actionId);
        input.put("multiline", true);
        input.put("max_length", 2000);
        return input;
    }

    /** A field of a submitted modal whose block and action share {@code id}; null when left empty. */
    static String field(ViewSubmissionPayload payload, String id) {
        ViewState.Value value = payload.getView().getState().getValues().getOrDefault(id, Map.of()).get(id);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue().strip();
    }

    /** To the person alone: ephemeral in the channel the button was in, or their DM with the bot. */
    static void tell(SlackWeb web, String team, String channel, String userId, ChatView view) {
        SlackViews.Rendered rendered = SlackViews.render(view);
        if (channel == null) {
            web.post(team, userId, null, rendered.text(), rendered.blocksJson());
        } else {
            web.postEphemeral(team, channel, userId, null, rendered.text(), rendered.blocksJson());
        }
    }
}
