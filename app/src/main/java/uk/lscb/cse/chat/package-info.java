/**
 * The one brain behind both chat platforms. Text becomes a {@link uk.lscb.cse.chat.Command}
 * ({@link uk.lscb.cse.chat.CommandParser}), is answered by {@link uk.lscb.cse.chat.ChatCommands} with a
 * {@link uk.lscb.cse.chat.ChatReply}, and is worded once for its {@link uk.lscb.cse.chat.Audience} as a
 * {@link uk.lscb.cse.chat.ChatView} ({@link uk.lscb.cse.chat.ReplyViews}, {@link uk.lscb.cse.chat.NoticeViews}).
 * {@link uk.lscb.cse.chat.AnsweringMessages} holds the flows both platforms share: commands, thread
 * replies, sharing. Adapters only supply a {@link uk.lscb.cse.chat.Mouth} and a {@link uk.lscb.cse.chat.Part.Renderer}.
 * May use plan, people, board, audit, db and notify's notices; never Slack or Microsoft types.
 */
package uk.lscb.cse.chat;
