package org.danvan.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.shared.Sealer;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Lane;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The reporter's answer to an officer's question: the "answer" button opens it, the next
 * text is sent to the officer who asked, without the reporter's name when the report is
 * anonymous. While the reporter types, their conversation holds the question's id sealed,
 * so that it does not tie their chat to the report.
 */
@Component
class AnswerFlow implements FlowHandler, CallbackHandler {

	static final String FLOW = "answer";

	static final String PREFIX = "ans";

	private final Conversations conversations;

	private final IncidentManagement incidents;

	private final IncidentNotices notices;

	private final Sealer sealer;

	AnswerFlow(Conversations conversations, IncidentManagement incidents, IncidentNotices notices, Sealer sealer) {
		this.conversations = conversations;
		this.incidents = incidents;
		this.notices = notices;
		this.sealer = sealer;
	}

	private static String context(long chatId) {
		return "answer:" + chatId;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		if (!"start".equals(data.action()) || this.incidents.asker(data.arg()).isEmpty()) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		this.conversations.begin(inbound.chatId(), FLOW, "answer",
				Map.of("question", this.sealer.seal(data.arg(), context(inbound.chatId()))));
		return List.of(Reply.message(Text.of("incident.answer.prompt")));
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		if (!(inbound.content() instanceof Inbound.TextMessage message) || message.text().isBlank()) {
			return List.of(Reply.message(Text.of("incident.expect.text")));
		}
		this.conversations.end(conversation);
		String question = this.sealer.open(conversation.text("question"), context(inbound.chatId())).orElse(null);
		Optional<IncidentManagement.Asked> asker = Optional.ofNullable(question).flatMap(this.incidents::asker);
		if (asker.isEmpty()) {
			return List.of(Reply.message(Text.of("bot.button-expired")));
		}
		Reply answer = Reply
			.message(Text.of("incident.answer", "code", asker.get().ref(), "answer", message.text().strip()));
		this.notices.tell("answer-" + question + "-" + inbound.updateId(), asker.get().chat(), answer,
				Lane.INTERACTIVE);
		return List.of(Reply.message(Text.of("incident.answer.sent")));
	}

}
