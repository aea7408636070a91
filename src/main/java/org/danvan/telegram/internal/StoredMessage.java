package org.danvan.telegram.internal;

import java.util.List;

/**
 * A message rendered and ready to send again and again: its HTML and its buttons.
 *
 * @param html Telegram HTML, within the length limit
 * @param buttons inline buttons, row by row
 */
record StoredMessage(String html, List<List<StoredButton>> buttons) {

	/** A rendered button. */
	record StoredButton(String label, String callbackData, String url) {

	}

}
