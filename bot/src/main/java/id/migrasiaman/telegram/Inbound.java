package id.migrasiaman.telegram;

import id.migrasiaman.conversation.IncomingMessage;

/**
 * A Telegram update the bot will answer: where to answer (kept in memory only, never stored) and
 * the channel-agnostic message.
 *
 * @param chatId the Telegram chat to reply to
 * @param message the pseudonymous message for the conversation core
 * @param callbackQueryId the callback query to acknowledge, or null
 */
record Inbound(long chatId, IncomingMessage message, String callbackQueryId) {}
