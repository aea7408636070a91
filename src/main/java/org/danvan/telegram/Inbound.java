package org.danvan.telegram;

import java.time.Instant;

/**
 * One update from Telegram, reduced to what the bot uses. Only the transport sees the
 * library's types; handlers see this.
 *
 * @param updateId Telegram's update id
 * @param chatId the chat to answer in
 * @param privateChat whether that chat is the person's private chat with the bot
 * @param from who sent it
 * @param date when Telegram received it
 * @param content what was sent
 */
public record Inbound(long updateId, long chatId, boolean privateChat, InboundUser from, Instant date,
		Content content) {

	/** What an update carries. */
	public sealed interface Content permits Command, TextMessage, ButtonPress, SharedLocation, Photo, Document,
			SharedContact, VoiceNote, BotBlocked, Unsupported {

	}

	/**
	 * A {@code /command} with what follows it, e.g. the payload of a {@code /start} deep
	 * link.
	 */
	public record Command(String name, String args) implements Content {

	}

	/**
	 * A text, also as Telegram HTML that keeps the sender's own formatting (bold, italic,
	 * links, ...) with everything else escaped.
	 */
	public record TextMessage(String text, String html) implements Content {

		public TextMessage(String text) {
			this(text, org.danvan.i18n.Texts.escape(text));
		}

	}

	/**
	 * An inline button press.
	 *
	 * @param callbackId the id to answer the press with
	 * @param data the button's data, not yet trusted
	 * @param messageId the message that carried the button, if Telegram still has it
	 */
	public record ButtonPress(String callbackId, String data, Integer messageId) implements Content {

	}

	public record SharedLocation(double latitude, double longitude) implements Content {

	}

	/** A photo, as the {@code file_id} of its largest size, with its caption. */
	public record Photo(String fileId, String caption) implements Content {

	}

	/** A file sent as a document, as its {@code file_id}, with its name. */
	public record Document(String fileId, String fileName) implements Content {

	}

	/**
	 * A contact shared through Telegram's button; {@code userId} is whose contact it is.
	 */
	public record SharedContact(String phoneNumber, Long userId) implements Content {

	}

	public record VoiceNote(String fileId, int durationSeconds) implements Content {

	}

	/** The person blocked the bot (or unblocked it, when {@code blocked} is false). */
	public record BotBlocked(boolean blocked) implements Content {

	}

	/** Anything else: stickers, edits. */
	public record Unsupported(String what) implements Content {

	}

	public boolean is(Class<? extends Content> type) {
		return type.isInstance(this.content);
	}

	public <C extends Content> C as(Class<C> type) {
		return type.cast(this.content);
	}

}
