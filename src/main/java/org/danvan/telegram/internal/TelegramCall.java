package org.danvan.telegram.internal;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
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

	/**
	 * The call to make once it is late: without inline buttons, which would be stale by
	 * then.
	 */
	default TelegramCall late() {
		return this;
	}

	/**
	 * Whether this refusal of a repeated call says the first one, whose answer was lost,
	 * did it (an edit that is already there).
	 */
	default boolean doneBefore(TelegramFailure refusal) {
		return false;
	}

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

			@Override
			public TelegramCall late() {
				if (method instanceof SendMessage send && send.getReplyMarkup() instanceof InlineKeyboardMarkup) {
					send.setReplyMarkup(null);
				}
				else if (method instanceof EditMessageText edit) {
					edit.setReplyMarkup(null);
				}
				return this;
			}

			@Override
			public boolean doneBefore(TelegramFailure refusal) {
				return method instanceof EditMessageText && refusal.reason().contains("message is not modified");
			}
		};
	}

	static TelegramCall of(SendPhoto photo) {
		return of(SendPhoto.PATH, (client) -> client.execute(photo));
	}

	static TelegramCall of(SendDocument document) {
		return of(SendDocument.PATH, (client) -> client.execute(document));
	}

	static TelegramCall of(SendVoice voice) {
		return of(SendVoice.PATH, (client) -> client.execute(voice));
	}

	/**
	 * A call the library makes through an overload of its own (photos, documents, voice
	 * notes).
	 */
	private static TelegramCall of(String method, Execution execution) {
		return new TelegramCall() {
			@Override
			public Serializable execute(TelegramClient client) throws TelegramApiException {
				return execution.execute(client);
			}

			@Override
			public String method() {
				return method;
			}
		};
	}

	/** One way of making the call. */
	interface Execution {

		Serializable execute(TelegramClient client) throws TelegramApiException;

	}

	/**
	 * Uploads a file the bot made, as a photo or a document; the content is read afresh
	 * on every attempt.
	 */
	static TelegramCall upload(long chatId, org.danvan.telegram.Upload upload) {
		return new TelegramCall() {
			@Override
			public Serializable execute(TelegramClient client) throws TelegramApiException {
				InputFile file = new InputFile(new ByteArrayInputStream(upload.bytes()), upload.fileName());
				if (upload.photo()) {
					return client.execute(SendPhoto.builder().chatId(chatId).photo(file).build());
				}
				return client.execute(SendDocument.builder().chatId(chatId).document(file).build());
			}

			@Override
			public String method() {
				return upload.photo() ? SendPhoto.PATH : SendDocument.PATH;
			}
		};
	}

}
