package org.danvan.telegram;

import java.util.List;

import org.danvan.shared.Role;

/**
 * Handles the presses of the buttons whose data starts with {@link #prefix()}. The
 * transport checks {@link #role()} on every press, whatever the data says, and always
 * answers the press.
 */
public interface CallbackHandler {

	String prefix();

	Role role();

	List<Reply> handle(Inbound inbound, CallbackData data, Sender sender);

}
