package org.danvan.telegram.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.danvan.i18n.Text;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.MessageHandler;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives what a person sends to the flow of their open conversation, before any other
 * message handler; an expired conversation is ended and the person told.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConversationRouter implements MessageHandler {

	private final Conversations conversations;

	private final Map<String, FlowHandler> flows;

	private final Clock clock;

	ConversationRouter(Conversations conversations, List<FlowHandler> flows, Clock clock) {
		this.conversations = conversations;
		this.flows = flows.stream().collect(Collectors.toMap(FlowHandler::flow, Function.identity()));
		this.clock = clock;
	}

	@Override
	public Optional<List<Reply>> handle(Inbound inbound, Sender sender) {
		Optional<Conversation> open = this.conversations.find(inbound.chatId());
		if (open.isEmpty()) {
			return Optional.empty();
		}
		Conversation conversation = open.get();
		FlowHandler flow = this.flows.get(conversation.flow());
		if (flow == null || conversation.expiresAt().isBefore(this.clock.instant())) {
			this.conversations.end(conversation);
			return Optional.of(List.of(Reply.message(Text.of("conversation.expired"))));
		}
		return Optional.of(flow.onMessage(inbound, conversation, sender));
	}

}
