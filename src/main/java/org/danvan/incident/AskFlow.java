package org.danvan.incident;

import java.util.List;
import java.util.Optional;

import org.danvan.i18n.Text;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Lane;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * An officer types a question for a report's reporter; the bot puts it to the reporter
 * (through the relay when the report is anonymous, so neither learns the other's account)
 * with a button to answer.
 */
@Component
class AskFlow implements FlowHandler {

	static final String FLOW = "ask";

	static final String QUESTION = "question";

	private final Conversations conversations;

	private final IncidentManagement incidents;

	private final IncidentNotices notices;

	AskFlow(Conversations conversations, IncidentManagement incidents, IncidentNotices notices) {
		this.conversations = conversations;
		this.incidents = incidents;
		this.notices = notices;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		if (!(inbound.content() instanceof Inbound.TextMessage message) || message.text().isBlank()) {
			return List.of(Reply.message(Text.of("incident.expect.text")));
		}
		String code = conversation.text("code");
		this.conversations.end(conversation);
		Optional<IncidentManagement.Asked> asked = this.incidents.ask(sender, code, message.text().strip());
		if (asked.isEmpty()) {
			return List.of(Reply.message(Text.of("incident.ask.unreachable", "code", code)));
		}
		Reply question = Reply.message(Text.of("incident.question", "code", code, "question", message.text().strip()),
				Keyboard.of(List.of(Button.of(Text.of("incident.question.answer"),
						CallbackData.of(AnswerFlow.PREFIX, "start", asked.get().ref())))));
		this.notices.tell("question-" + asked.get().ref(), asked.get().chat(), question, Lane.INTERACTIVE);
		return List.of(Reply.message(Text.of("incident.ask.sent", "code", code)));
	}

}
