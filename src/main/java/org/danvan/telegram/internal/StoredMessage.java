package org.danvan.telegram.internal;

import java.util.List;

/**
 * A message rendered and ready to send again and again: its HTML and its buttons.
 *
 * @param html Telegram HTML, within the length limit
 * @param buttons inline buttons, row by row
 * @param photoFileIds photos sent just before it
 * @param location a place sent just before it, or {@code null}
 * @param documentFileId a file sent just before it, or {@code null}
 * @param voiceFileId a voice note sent just before it, after the other attachments, or
 * {@code null}
 */
record StoredMessage(String html, List<List<StoredButton>> buttons, List<String> photoFileIds,
		org.danvan.telegram.Reply.Place location, String documentFileId, String voiceFileId) {

	/**
	 * The Bot API calls one delivery takes: a place, each photo, a file and a voice note,
	 * then the text.
	 */
	int calls() {
		return 1 + ((this.location != null) ? 1 : 0) + ((this.photoFileIds != null) ? this.photoFileIds.size() : 0)
				+ ((this.documentFileId != null) ? 1 : 0) + ((this.voiceFileId != null) ? 1 : 0);
	}

	/** A rendered button. */
	record StoredButton(String label, String callbackData, String url) {

	}

}
