/**
 * The command language both chat platforms share: parse text into a {@link uk.lscb.cse.chat.Command},
 * answer it with {@link uk.lscb.cse.chat.ChatCommands}, and hand the platform a
 * {@link uk.lscb.cse.chat.ChatReply} to render.
 */
package uk.lscb.cse.chat;
