package org.danvan.telegram.internal;

import java.util.List;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /cancel}: ends whatever conversation the chat has open, at any step; nothing
 * collected is kept.
 */
@Component
class CancelCommand implements CommandHandler {

	private final Conversations conversations;

	CancelCommand(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public String command() {
		return "cancel";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		return List.of(Reply.message(Text.of(this.conversations.cancel(inbound.chatId()) ? "conversation.cancelled"
				: "conversation.nothing-to-cancel")));
	}

}
