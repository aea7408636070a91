package org.danvan.telegram;

/**
 * Who the bot is on Telegram, for links such as {@code t.me/<username>?start=...}.
 */
public interface BotIdentity {

	String username();

	default String startLink(StartPayload payload) {
		return "https://t.me/" + username() + "?start=" + payload.encode();
	}

}
