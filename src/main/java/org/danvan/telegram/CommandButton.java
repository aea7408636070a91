package org.danvan.telegram;

import org.danvan.i18n.Text;

/**
 * A button that runs a command as if the person had typed it, with the same role check.
 * Its label is the command's description.
 */
public final class CommandButton {

	public static final String PREFIX = "cmd";

	private CommandButton() {
	}

	public static Button of(CommandHandler handler) {
		return Button.of(Text.of(handler.descriptionKey()), CallbackData.of(PREFIX, handler.command()));
	}

}
