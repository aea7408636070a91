package org.danvan.telegram;

import java.util.Map;
import java.util.Optional;

/**
 * Open conversations, one per chat. Every change names the version it changes, so of two
 * taps on the same button only the first applies.
 */
public interface Conversations {

	/** The chat's open conversation, expired or not. */
	Optional<Conversation> find(long chatId);

	/** Starts a flow, replacing whatever conversation the chat had. */
	Conversation begin(long chatId, String flow, String step, Map<String, Object> data);

	/** Moves to a step with new data; empty if the conversation changed meanwhile. */
	Optional<Conversation> advance(Conversation current, String step, Map<String, Object> data);

	/** Ends the conversation; false if it changed meanwhile (a double tap). */
	boolean end(Conversation current);

	/** Ends whatever conversation the chat has. */
	boolean cancel(long chatId);

}
