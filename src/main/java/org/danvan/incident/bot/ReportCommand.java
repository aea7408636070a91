package org.danvan.incident.bot;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /report}: starts the report conversation, whatever the chat was doing.
 */
@Component
class ReportCommand implements CommandHandler {

	private final Conversations conversations;

	private final ReportSteps steps;

	ReportCommand(Conversations conversations, ReportSteps steps) {
		this.conversations = conversations;
		this.steps = steps;
	}

	@Override
	public String command() {
		return "report";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		Conversation conversation = this.conversations.begin(inbound.chatId(), ReportSteps.FLOW, ReportSteps.CATEGORY,
				Map.of("draft", UUID.randomUUID().toString()));
		return List.of(this.steps.ask(ReportSteps.CATEGORY, conversation, sender));
	}

}
