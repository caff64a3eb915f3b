/**
 * The Slack adapter: verifies requests, routes them through Bolt, translates them into the shared
 * command language and renders replies as Block Kit. It decides nothing itself.
 */
package uk.lscb.cse.chat.slack;
