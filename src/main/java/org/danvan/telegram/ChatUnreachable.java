package org.danvan.telegram;

/**
 * Telegram refused to deliver to a chat: the person blocked the bot, deleted their
 * account, or the chat does not exist.
 *
 * @param chatId the chat
 * @param reason Telegram's description
 */
public record ChatUnreachable(long chatId, String reason) {

}
