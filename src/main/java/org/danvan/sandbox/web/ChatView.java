package org.danvan.sandbox.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.UserMessage;

import org.springframework.web.util.HtmlUtils;

/**
 * A persona's chat as the page shows it: both sides' messages in order, and the keys the
 * bot shows in place of the keyboard.
 *
 * @param persona the persona (and chat) id
 * @param revision grows with every change of the chat
 * @param messages oldest first
 * @param keys the keys in place of the keyboard; empty for the keyboard
 */
record ChatView(long persona, long revision, List<Message> messages, List<Key> keys) {

	record Message(int id, String from, String text, String html, boolean edited, long time, List<List<Button>> buttons,
			Media media) {

	}

	record Button(String text, String data, String url) {

	}

	record Media(String kind, String url, String name, Double lat, Double lon) {

	}

	record Key(String text, boolean requestContact) {

	}

	static ChatView of(BotApiStandIn standIn, long chatId) {
		long revision = standIn.revision(chatId);
		List<Message> messages = new ArrayList<>();
		for (BotMessage sent : standIn.messages(chatId)) {
			String name = standIn.uploaded(chatId, sent.messageId()).map(BotApiStandIn.UploadedFile::name).orElse(null);
			messages.add(new Message(sent.messageId(), "bot", sent.text(), PageHtml.of(sent.html()), sent.edits() > 0,
					standIn.sentAt(sent), buttons(sent), media(chatId, sent.messageId(), sent.media(), name)));
		}
		for (UserMessage written : standIn.userMessages(chatId)) {
			messages.add(new Message(written.messageId(), "user", written.text(),
					HtmlUtils.htmlEscape(written.text(), "UTF-8"), false, written.date(), List.of(),
					media(chatId, written.messageId(), written.media(), written.fileName())));
		}
		messages.sort(Comparator.comparingInt(Message::id));
		List<Key> keys = standIn.replyKeys(chatId)
			.stream()
			.map((key) -> new Key(key.text(), key.requestContact()))
			.toList();
		return new ChatView(chatId, revision, messages, keys);
	}

	private static List<List<Button>> buttons(BotMessage message) {
		return message.buttons()
			.stream()
			.map((row) -> row.stream().map((b) -> new Button(b.text(), b.callbackData(), b.url())).toList())
			.toList();
	}

	private static Media media(long chatId, int messageId, String media, String name) {
		if (media == null) {
			return null;
		}
		int colon = media.indexOf(':');
		String kind = media.substring(0, colon);
		if ("location".equals(kind)) {
			String[] at = media.substring(colon + 1).split(",");
			return new Media(kind, null, null, Double.valueOf(at[0]), Double.valueOf(at[1]));
		}
		return new Media(kind, "/sandbox/api/files/" + chatId + "/" + messageId, name, null, null);
	}

}
