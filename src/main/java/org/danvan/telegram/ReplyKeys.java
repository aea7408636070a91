package org.danvan.telegram;

import org.danvan.i18n.Text;

/**
 * Keys shown in place of the phone's keyboard: a button that shares the person's own
 * phone number through Telegram, and a plain answer beside it; or the removal of such
 * keys once answered. A message carries either these or inline buttons, never both.
 *
 * @param shareContact the label of the "share my number" key, or {@code null} to remove
 * the keys
 * @param answer the label of a key that sends its own text, e.g. "Skip"
 */
public record ReplyKeys(Text shareContact, Text answer) {

	public static final ReplyKeys REMOVE = new ReplyKeys(null, null);

	public static ReplyKeys contactOr(Text shareContact, Text answer) {
		return new ReplyKeys(shareContact, answer);
	}

	public boolean removes() {
		return this.shareContact == null;
	}

}
