package org.danvan.telegram;

import java.util.List;

import org.danvan.shared.Role;

/**
 * A {@code /command} a feature offers. The transport checks {@link #role()} before
 * calling it.
 */
public interface CommandHandler {

	/** The command without its slash, e.g. {@code start}. */
	String command();

	/** Who may use it. */
	Role role();

	/** Whether the sender may use it: by default, whether they hold {@link #role()}. */
	default boolean allows(Sender sender) {
		return sender.has(role());
	}

	/**
	 * Message key of the one-line description shown in {@code /help} and the command
	 * menu.
	 */
	default String descriptionKey() {
		return "command." + command() + ".description";
	}

	List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender);

}
