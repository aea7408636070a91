package org.danvan.sandbox.botapi;

import java.util.List;
import java.util.Optional;

/**
 * A message the bot sent (or last edited) in a chat of the Bot API stand-in.
 *
 * @param chatId the chat
 * @param messageId its id in that chat
 * @param html what the bot sent, as sent
 * @param text the visible text
 * @param buttons the inline keyboard, row by row
 * @param edits how often it was edited
 * @param media {@code photo:<file id>} or {@code location:<lat>,<lon>} for a photo or a
 * location, {@code null} for a text
 */
public record BotMessage(long chatId, int messageId, String html, String text, List<List<InlineButton>> buttons,
		int edits, String media) {

	/** An inline button as Telegram shows it. */
	public record InlineButton(String text, String callbackData, String url) {

	}

	public Optional<InlineButton> button(String label) {
		return this.buttons.stream().flatMap(List::stream).filter((b) -> b.text().contains(label)).findFirst();
	}

	public List<String> buttonLabels() {
		return this.buttons.stream().flatMap(List::stream).map(InlineButton::text).toList();
	}

	BotMessage edited(String html, String text, List<List<InlineButton>> buttons) {
		return new BotMessage(this.chatId, this.messageId, html, text, buttons, this.edits + 1, this.media);
	}

}
