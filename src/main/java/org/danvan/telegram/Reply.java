package org.danvan.telegram;

import java.util.List;

import org.danvan.i18n.Text;

/**
 * What a handler answers, as data: the transport renders it in the person's language and
 * sends it.
 *
 * @param kind a new message, an edit of the message whose button was pressed, or a short
 * notice on the button press
 * @param text what to say
 * @param keyboard buttons under it
 * @param photoFileIds photos sent just before the message (Telegram file ids)
 * @param location a place sent just before the message, or {@code null}
 * @param upload a file made by the bot, sent just before the message, or {@code null}
 * @param replyKeys keys in place of the phone's keyboard, or {@code null}
 * @param documentFileId a file sent just before the message (a Telegram file id), or
 * {@code null}
 * @param voiceFileId a voice note sent just before the message, after the other
 * attachments (a Telegram file id), or {@code null}
 */
public record Reply(Kind kind, Text text, Keyboard keyboard, List<String> photoFileIds, Place location, Upload upload,
		ReplyKeys replyKeys, String documentFileId, String voiceFileId) {

	/**
	 * The longest text one Telegram message holds, as people see it (tags not counted).
	 */
	public static final int MAX_TEXT = 4096;

	public Reply {
		photoFileIds = (photoFileIds != null) ? List.copyOf(photoFileIds) : List.of();
		if (replyKeys != null && (kind != Kind.MESSAGE || !keyboard.isEmpty())) {
			throw new IllegalArgumentException("Reply keys go on a new message without inline buttons");
		}
	}

	/** A point to show on a map. */
	public record Place(double latitude, double longitude) {

	}

	public Reply withPhotos(List<String> fileIds) {
		return new Reply(this.kind, this.text, this.keyboard, fileIds, this.location, this.upload, this.replyKeys,
				this.documentFileId, this.voiceFileId);
	}

	public Reply withLocation(Place place) {
		return new Reply(this.kind, this.text, this.keyboard, this.photoFileIds, place, this.upload, this.replyKeys,
				this.documentFileId, this.voiceFileId);
	}

	public Reply withUpload(Upload file) {
		return new Reply(this.kind, this.text, this.keyboard, this.photoFileIds, this.location, file, this.replyKeys,
				this.documentFileId, this.voiceFileId);
	}

	public Reply withReplyKeys(ReplyKeys keys) {
		return new Reply(this.kind, this.text, this.keyboard, this.photoFileIds, this.location, this.upload, keys,
				this.documentFileId, this.voiceFileId);
	}

	public Reply withDocument(String fileId) {
		return new Reply(this.kind, this.text, this.keyboard, this.photoFileIds, this.location, this.upload,
				this.replyKeys, fileId, this.voiceFileId);
	}

	public Reply withVoice(String fileId) {
		return new Reply(this.kind, this.text, this.keyboard, this.photoFileIds, this.location, this.upload,
				this.replyKeys, this.documentFileId, fileId);
	}

	/** How a reply is shown. */
	public enum Kind {

		MESSAGE, EDIT, TOAST

	}

	public static Reply message(Text text) {
		return new Reply(Kind.MESSAGE, text, Keyboard.NONE, List.of(), null, null, null, null, null);
	}

	public static Reply message(Text text, Keyboard keyboard) {
		return new Reply(Kind.MESSAGE, text, keyboard, List.of(), null, null, null, null, null);
	}

	public static Reply edit(Text text, Keyboard keyboard) {
		return new Reply(Kind.EDIT, text, keyboard, List.of(), null, null, null, null, null);
	}

	public static Reply toast(Text text) {
		return new Reply(Kind.TOAST, text, Keyboard.NONE, List.of(), null, null, null, null, null);
	}

}
