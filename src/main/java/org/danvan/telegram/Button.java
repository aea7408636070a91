package org.danvan.telegram;

import org.danvan.i18n.Text;

/**
 * An inline button: a label and either callback data or a link.
 *
 * @param label what the button says
 * @param callback what pressing it sends back, or {@code null}
 * @param url the link it opens, or {@code null}
 */
public record Button(Text label, CallbackData callback, String url) {

	public Button {
		if ((callback == null) == (url == null)) {
			throw new IllegalArgumentException("A button has either callback data or a link");
		}
	}

	public static Button of(Text label, CallbackData callback) {
		return new Button(label, callback, null);
	}

	public static Button link(Text label, String url) {
		return new Button(label, null, url);
	}

}
