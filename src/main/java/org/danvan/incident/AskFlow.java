package org.danvan.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.i18n.Text;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Lane;
import org.danvan.telegram.MemberDirectory;
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

	private final Broadcasts broadcasts;

	private final MemberDirectory directory;

	AskFlow(Conversations conversations, IncidentManagement incidents, Broadcasts broadcasts,
			MemberDirectory directory) {
		this.conversations = conversations;
		this.incidents = incidents;
		this.broadcasts = broadcasts;
		this.directory = directory;
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
		long chat = asked.get().chatId();
		String language = this.directory.lookup(chat).language();
		Reply question = Reply.message(Text.of("incident.question", "code", code, "question", message.text().strip()),
				Keyboard.of(List.of(Button.of(Text.of("incident.question.answer"),
						CallbackData.of(AnswerFlow.PREFIX, "start", asked.get().ref())))));
		this.broadcasts.start("question-" + asked.get().ref(), Map.of(language, question),
				List.of(new Broadcasts.Recipient(chat, language)), Lane.INTERACTIVE);
		return List.of(Reply.message(Text.of("incident.ask.sent", "code", code)));
	}

}
