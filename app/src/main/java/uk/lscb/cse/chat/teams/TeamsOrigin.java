package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;

/** Where an activity came from, as the rest of the adapter needs it. */
record TeamsOrigin(String tenant, String serviceUrl, String conversationId, String conversationType, String activityId,
                   String aadObjectId, String threadRoot) {
    private static final String MESSAGE_ID = ";messageid=";

    static TeamsOrigin of(JsonNode activity) {
        JsonNode conversation = activity.path("conversation");
        // Only where Microsoft documents it: channelData.tenant is not what the tenant is known by.
        String tenant = text(conversation, "tenantId");
        String conversationId = text(conversation, "id");
        String root = null;
        // In a channel, a reply's conversation id names its thread: 19:…@thread.tacv2;messageid=1700000000000
        if (conversationId != null && conversationId.contains(MESSAGE_ID)) {
            root = conversationId.substring(conversationId.indexOf(MESSAGE_ID) + MESSAGE_ID.length());
            conversationId = conversationId.substring(0, conversationId.indexOf(MESSAGE_ID));
        }
        if (root == null) {
            root = text(activity, "replyToId");
        }
        return new TeamsOrigin(tenant, text(activity, "serviceUrl"), conversationId, text(conversation, "conversationType"),
                text(activity, "id"), text(activity.path("from"), "aadObjectId"), root);
    }

    /** A one-to-one chat with the bot: the only place in Teams an answer is private. */
    boolean personal() {
        return "personal".equals(conversationType);
    }

    /** The conversation to answer in: a channel reply stays in its thread. */
    String replyConversation() {
        return conversationId + (threadRoot != null && !personal() ? MESSAGE_ID + threadRoot : "");
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
