package org.danvan.telegram.internal;

import java.util.List;

import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns rendered messages into Bot API calls and back.
 */
final class StoredMessages {

	private StoredMessages() {
	}

	static StoredMessage of(String html, InlineKeyboardMarkup markup, org.danvan.telegram.Reply reply) {
		if (reply.upload() != null || reply.replyKeys() != null) {
			throw new IllegalArgumentException("A bulk message carries no upload and no reply keys");
		}
		List<List<StoredMessage.StoredButton>> buttons = (markup == null) ? List.of()
				: markup.getKeyboard()
					.stream()
					.map((row) -> row.stream()
						.map((b) -> new StoredMessage.StoredButton(b.getText(), b.getCallbackData(), b.getUrl()))
						.toList())
					.toList();
		return new StoredMessage(html, buttons, reply.photoFileIds(), reply.location(), reply.documentFileId(),
				reply.voiceFileId());
	}

	/**
	 * What goes before the message itself: its location, then its photos, then a file,
	 * then a voice note.
	 */
	static List<TelegramCall> attachments(long chatId, List<String> photos, org.danvan.telegram.Reply.Place place,
			String document, String voice) {
		return attachments(chatId, photos, place, document, voice, false);
	}

	/**
	 * The calls that send a message's attachments, each a paid broadcast when
	 * {@code paid}.
	 */
	static List<TelegramCall> attachments(long chatId, List<String> photos, org.danvan.telegram.Reply.Place place,
			String document, String voice, boolean paid) {
		Boolean paidBroadcast = paid ? Boolean.TRUE : null;
		List<TelegramCall> calls = new java.util.ArrayList<>();
		if (place != null) {
			calls.add(TelegramCall.of(org.telegram.telegrambots.meta.api.methods.send.SendLocation.builder()
				.chatId(chatId)
				.latitude(place.latitude())
				.longitude(place.longitude())
				.allowPaidBroadcast(paidBroadcast)
				.build()));
		}
		for (String photo : (photos != null) ? photos : List.<String>of()) {
			calls.add(TelegramCall.of(org.telegram.telegrambots.meta.api.methods.send.SendPhoto.builder()
				.chatId(chatId)
				.photo(new org.telegram.telegrambots.meta.api.objects.InputFile(photo))
				.allowPaidBroadcast(paidBroadcast)
				.build()));
		}
		if (document != null) {
			calls.add(TelegramCall.of(org.telegram.telegrambots.meta.api.methods.send.SendDocument.builder()
				.chatId(chatId)
				.document(new org.telegram.telegrambots.meta.api.objects.InputFile(document))
				.allowPaidBroadcast(paidBroadcast)
				.build()));
		}
		if (voice != null) {
			calls.add(TelegramCall.of(org.telegram.telegrambots.meta.api.methods.send.SendVoice.builder()
				.chatId(chatId)
				.voice(new org.telegram.telegrambots.meta.api.objects.InputFile(voice))
				.allowPaidBroadcast(paidBroadcast)
				.build()));
		}
		return calls;
	}

	static SendMessage toSendMessage(long chatId, StoredMessage message, boolean paid) {
		InlineKeyboardMarkup markup = message.buttons().isEmpty() ? null
				: new InlineKeyboardMarkup(message.buttons()
					.stream()
					.map((row) -> new InlineKeyboardRow(row.stream().map(StoredMessages::button).toList()))
					.toList());
		return SendMessage.builder()
			.chatId(chatId)
			.text(message.html())
			.parseMode(ParseMode.HTML)
			.replyMarkup(markup)
			.allowPaidBroadcast(paid ? Boolean.TRUE : null)
			.build();
	}

	private static InlineKeyboardButton button(StoredMessage.StoredButton button) {
		return InlineKeyboardButton.builder()
			.text(button.label())
			.callbackData(button.callbackData())
			.url(button.url())
			.build();
	}

}
