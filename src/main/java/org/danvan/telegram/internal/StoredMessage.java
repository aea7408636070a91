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
 */
record StoredMessage(String html, List<List<StoredButton>> buttons, List<String> photoFileIds,
		org.danvan.telegram.Reply.Place location, String documentFileId) {

	/** A rendered button. */
	record StoredButton(String label, String callbackData, String url) {

	}

}
