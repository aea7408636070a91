package org.danvan.telegram;

import java.util.List;

/**
 * A guided conversation: gets what the person sends (text, location, photo, voice,
 * contact) while its flow is open. Buttons of the flow come through the flow's own
 * {@link CallbackHandler}.
 */
public interface FlowHandler {

	/** The flow's name, as stored in {@link Conversation#flow()}. */
	String flow();

	List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender);

}
