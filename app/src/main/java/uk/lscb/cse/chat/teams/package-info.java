/**
 * The Microsoft Teams adapter: the Bot Connector endpoint and client, token checks, Graph for
 * people, Adaptive Cards, and the notifier (with its record of what it sent, since Teams cannot be asked). Translates into the shared command language in chat
 * and renders its replies; decides nothing itself. Never depends on the Slack adapter.
 */
package uk.lscb.cse.chat.teams;
