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
 * A coordinator names a new group; the right to create it in that village is checked
 * again when the name arrives.
 */
@Component
class NewGroupFlow implements FlowHandler {

	static final String FLOW = "newgroup";

	static final String NAME = "name";

	static final int MAX_NAME = 60;

	private final Conversations conversations;

	private final EnrollmentManagement enrollment;

	private final EnrollmentAccess access;

	private final GroupViews views;

	NewGroupFlow(Conversations conversations, EnrollmentManagement enrollment, EnrollmentAccess access,
			GroupViews views) {
		this.conversations = conversations;
		this.enrollment = enrollment;
		this.access = access;
		this.views = views;
	}

	private List<Reply> rename(Conversation conversation, String groupId, String name, Sender sender) {
		boolean allowed = this.enrollment.group(groupId)
			.filter((g) -> this.access.manages(sender, g.villageId()))
			.isPresent();
		if (!this.conversations.end(conversation)) {
			return List.of();
		}
		if (!allowed) {
			return List.of(Reply.message(Text.of("enroll.not-your-area")));
		}
		return this.enrollment.rename(groupId, name)
			.map((group) -> List.of(Reply.message(Text.of("group.renamed", "name", group.name())),
					this.views.card(group, sender, Reply.Kind.MESSAGE)))
			.orElseGet(() -> List.of(Reply.message(Text.of("enroll.button-stale"))));
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		String name = (inbound.content() instanceof Inbound.TextMessage text) ? EnrollFlow.clean(text.text()) : "";
		if (name.codePointCount(0, name.length()) < 2 || name.length() > MAX_NAME) {
			return List.of(Reply.message(Text.of("group.name.invalid", "max", MAX_NAME)));
		}
		if (conversation.text("group") != null) {
			return rename(conversation, conversation.text("group"), name, sender);
		}
		String village = conversation.text("village");
		if (!this.access.manages(sender, village)) {
			this.conversations.end(conversation);
			return List.of(Reply.message(Text.of("enroll.not-your-area")));
		}
		if (!this.conversations.end(conversation)) {
			return List.of();
		}
		return this.enrollment.createGroup(sender.userId(), village, name)
			.map((group) -> List.of(Reply.message(Text.of("group.created", "name", group.name())),
					this.views.card(group, sender, Reply.Kind.MESSAGE)))
			.orElseGet(() -> List.of(Reply.message(Text.of("enroll.button-stale"))));
	}

}
