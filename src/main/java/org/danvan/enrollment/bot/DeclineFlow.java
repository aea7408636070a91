package org.danvan.enrollment.bot;

import java.util.List;

import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.i18n.Text;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * A coordinator types why they decline a household; the right to decide is checked again
 * when the reason arrives.
 */
@Component
class DeclineFlow implements FlowHandler {

	static final String FLOW = "decline";

	static final String REASON = "reason";

	static final int MAX_REASON = 300;

	private final Conversations conversations;

	private final EnrollmentManagement enrollment;

	private final EnrollmentAccess access;

	private final ApprovalCallbacks approvals;

	DeclineFlow(Conversations conversations, EnrollmentManagement enrollment, EnrollmentAccess access,
			ApprovalCallbacks approvals) {
		this.conversations = conversations;
		this.enrollment = enrollment;
		this.access = access;
		this.approvals = approvals;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		String reason = (inbound.content() instanceof Inbound.TextMessage text) ? EnrollFlow.clean(text.text()) : "";
		if (reason.isEmpty()) {
			return List.of(Reply.message(Text.of("enroll.decline.type")));
		}
		if (reason.length() > MAX_REASON) {
			return List
				.of(Reply.message(Text.of("enroll.decline.too-long", "length", reason.length(), "max", MAX_REASON)));
		}
		long id = Long.parseLong(conversation.text("household"));
		boolean allowed = this.enrollment.household(id)
			.filter((h) -> this.access.manages(sender, h.villageId()))
			.isPresent();
		this.conversations.end(conversation);
		if (!allowed) {
			return List.of(Reply.message(Text.of("enroll.not-your-area")));
		}
		return this.approvals.decide(id, false, reason, sender)
			.stream()
			.map((reply) -> Reply.message(reply.text()))
			.toList();
	}

}
