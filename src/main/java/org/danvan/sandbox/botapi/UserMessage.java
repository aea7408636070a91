package org.danvan.sandbox.botapi;

/**
 * A message a person sent in their chat with the bot.
 *
 * @param chatId the chat
 * @param messageId its id in that chat (one sequence with the bot's messages)
 * @param text its text or caption, or what it shares ("+84…" for a contact)
 * @param media {@code photo:<file id>}, {@code document:<file id>} or
 * {@code location:<lat>,<lon>}; {@code null} for a text
 * @param fileName the name of a document
 * @param date when it was sent, in seconds since the epoch
 */
public record UserMessage(long chatId, int messageId, String text, String media, String fileName, long date) {

}
