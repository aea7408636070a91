package org.danvan.telegram.internal;

import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.telegram.BotIdentity;

import org.springframework.stereotype.Component;

/**
 * Asks Telegram who the bot is ({@code getMe}) the first time it is needed.
 */
@Component
class TelegramBotIdentity implements BotIdentity {

	private final TelegramClient client;

	private volatile String username;

	TelegramBotIdentity(TelegramClient client) {
		this.client = client;
	}

	@Override
	public String username() {
		if (this.username == null) {
			try {
				this.username = this.client.execute(new GetMe()).getUserName();
			}
			catch (TelegramApiException ex) {
				throw new IllegalStateException("Telegram did not say who the bot is: " + ex.getMessage(), ex);
			}
		}
		return this.username;
	}

}
