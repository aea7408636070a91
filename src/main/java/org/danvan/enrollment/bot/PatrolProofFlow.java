package org.danvan.enrollment.bot;

import java.util.List;

import org.danvan.area.GeoPoint;
import org.danvan.enrollment.Patrols;
import org.danvan.i18n.Text;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * After "all clear", a location or photo may follow as proof of the patrol; anything else
 * ends the offer and is handled as usual.
 */
@Component
class PatrolProofFlow implements FlowHandler {

	static final String FLOW = "patrolproof";

	static final String PROOF = "proof";

	private final Conversations conversations;

	private final Patrols patrols;

	PatrolProofFlow(Conversations conversations, Patrols patrols) {
		this.conversations = conversations;
		this.patrols = patrols;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		String duty = conversation.text("duty");
		boolean kept = false;
		if (inbound.content() instanceof Inbound.SharedLocation location) {
			kept = this.patrols.proof(duty, sender.userId(), new GeoPoint(location.latitude(), location.longitude()),
					null);
		}
		else if (inbound.content() instanceof Inbound.Photo photo) {
			kept = this.patrols.proof(duty, sender.userId(), null, photo.fileId());
		}
		this.conversations.end(conversation);
		return List.of(Reply.message(kept ? Text.of("patrol.proof.kept") : Text.of("patrol.proof.none")));
	}

}
