/**
 * The Slack adapter: verifies requests, routes them through Bolt, translates them into the shared
 * command language and renders {@link uk.lscb.cse.chat.ChatView}s as Block Kit. It decides nothing
 * itself: not the words, not who may see them. Never depends on the Teams adapter.
 */
package uk.lscb.cse.chat.slack;
