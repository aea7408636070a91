package org.danvan.telegram;

/**
 * Sends a message to a chat on the bot's own initiative (alerts, notices), in the given
 * language.
 */
public interface Messenger {

	void send(long chatId, String language, Reply reply);

}
