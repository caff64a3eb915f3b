/**
 * Installing the Slack app per workspace (OAuth v2, "Add to Slack"): install links with signed,
 * single-use state, the code exchanged for the workspace's tokens, tokens stored encrypted
 * (AES-GCM, rotating keys) and refreshed when Slack rotates them, the workspace linked to its board,
 * and unlinked when Slack says the app is gone. {@link uk.lscb.cse.chat.slack.install.WorkspaceTokens}
 * gives every Web API call the token of the workspace it serves, or SLACK_BOT_TOKEN for one workspace.
 */
package uk.lscb.cse.chat.slack.install;
