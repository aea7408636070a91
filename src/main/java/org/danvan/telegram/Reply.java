package org.danvan.telegram;

import org.danvan.i18n.Text;

/**
 * What a handler answers, as data: the transport renders it in the person's language and
 * sends it.
 *
 * @param kind a new message, an edit of the message whose button was pressed, or a short
 * notice on the button press
 * @param text what to say
 * @param keyboard buttons under it
 */
public record Reply(Kind kind, Text text, Keyboard keyboard) {

	/** How a reply is shown. */
	public enum Kind {

		MESSAGE, EDIT, TOAST

	}

	public static Reply message(Text text) {
		return new Reply(Kind.MESSAGE, text, Keyboard.NONE);
	}

	public static Reply message(Text text, Keyboard keyboard) {
		return new Reply(Kind.MESSAGE, text, keyboard);
	}

	public static Reply edit(Text text, Keyboard keyboard) {
		return new Reply(Kind.EDIT, text, keyboard);
	}

	public static Reply toast(Text text) {
		return new Reply(Kind.TOAST, text, Keyboard.NONE);
	}

}
