package org.danvan.telegram.internal;

import java.io.Serializable;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One Bot API call that sends something to a chat, made (and repeated) by the scheduler.
 * Most are plain methods; photos go through the library's multipart overload.
 */
interface TelegramCall {

	Serializable execute(TelegramClient client) throws TelegramApiException;

	/** The method's name, for logs. */
	String method();

	static TelegramCall of(BotApiMethod<? extends Serializable> method) {
		return new TelegramCall() {
			@Override
			public Serializable execute(TelegramClient client) throws TelegramApiException {
				return client.execute(method);
			}

			@Override
			public String method() {
				return method.getMethod();
			}
		};
	}

	static TelegramCall of(SendPhoto photo) {
		return new TelegramCall() {
			@Override
			public Serializable execute(TelegramClient client) throws TelegramApiException {
				return client.execute(photo);
			}

			@Override
			public String method() {
				return SendPhoto.PATH;
			}
		};
	}

}
