package org.danvan.announcement.bot;

import java.util.List;
import java.util.Map;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /announce}: officers (and coordinators, for their groups) compose an
 * announcement, in a private chat.
 */
@Component
class AnnounceCommand implements CommandHandler {

	private final Conversations conversations;

	private final AnnounceSteps steps;

	AnnounceCommand(Conversations conversations, AnnounceSteps steps) {
		this.conversations = conversations;
		this.steps = steps;
	}

	@Override
	public String command() {
		return "announce";
	}

	@Override
	public Role role() {
		return Role.OFFICER;
	}

	@Override
	public boolean allows(Sender sender) {
		return AnnouncementAccess.announces(sender);
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		if (!inbound.privateChat()) {
			return List.of(Reply.message(Text.of("announce.private-only")));
		}
		Conversation conversation = this.conversations.begin(inbound.chatId(), AnnounceSteps.FLOW, "kind", Map.of());
		return this.steps.next(conversation, Map.of(), sender, Reply.Kind.MESSAGE);
	}

}
