package org.danvan.telegram;

import java.util.List;
import java.util.Optional;

/**
 * Handles what is neither a command nor a button press (text, locations, photos,
 * contacts, voice notes), usually by continuing the chat's open conversation. The first
 * handler that answers wins.
 */
public interface MessageHandler {

	/** Replies if this handler takes the message, or empty to let the next one try. */
	Optional<List<Reply>> handle(Inbound inbound, Sender sender);

}
