package org.danvan.enrollment.bot;

import java.util.List;

import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.EnrollmentRequest;
import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.ReplyKeys;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * What the person types or shares while enrolling: the name, the number of people, their
 * own phone number (only their own: a contact from the attachment menu may be anyone's).
 */
@Component
class EnrollFlow implements FlowHandler {

	private final EnrollSteps steps;

	private final EnrollmentManagement enrollment;

	private final Texts texts;

	EnrollFlow(EnrollSteps steps, EnrollmentManagement enrollment, Texts texts) {
		this.steps = steps;
		this.enrollment = enrollment;
		this.texts = texts;
	}

	@Override
	public String flow() {
		return EnrollSteps.FLOW;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		return switch (conversation.step()) {
			case EnrollSteps.NAME -> name(inbound, conversation, sender);
			case EnrollSteps.PEOPLE -> people(inbound, conversation, sender);
			case EnrollSteps.PHONE -> phone(inbound, conversation, sender);
			default -> again(Text.of("enroll.use-buttons"), conversation, sender);
		};
	}

	private List<Reply> name(Inbound inbound, Conversation conversation, Sender sender) {
		String name = (inbound.content() instanceof Inbound.TextMessage text) ? clean(text.text()) : "";
		if (name.codePointCount(0, name.length()) < 2 || !name.codePoints().anyMatch(Character::isLetter)) {
			return List.of(Reply.message(Text.of("enroll.name.invalid")));
		}
		if (name.length() > EnrollmentRequest.MAX_NAME) {
			return List.of(Reply
				.message(Text.of("enroll.name.too-long", "length", name.length(), "max", EnrollmentRequest.MAX_NAME)));
		}
		return this.steps.next(conversation, EnrollSteps.NAME, conversation.with("name", name), sender);
	}

	private List<Reply> people(Inbound inbound, Conversation conversation, Sender sender) {
		String typed = (inbound.content() instanceof Inbound.TextMessage text) ? text.text().strip() : "";
		int people;
		try {
			people = Integer.parseInt(typed);
		}
		catch (NumberFormatException ex) {
			people = 0;
		}
		if (people < 1 || people > EnrollmentRequest.MAX_PEOPLE) {
			return List.of(Reply.message(Text.of("enroll.people.invalid", "max", EnrollmentRequest.MAX_PEOPLE)));
		}
		return this.steps.next(conversation, EnrollSteps.PEOPLE, conversation.with("people", Integer.toString(people)),
				sender);
	}

	private List<Reply> phone(Inbound inbound, Conversation conversation, Sender sender) {
		if (inbound.content() instanceof Inbound.SharedContact contact) {
			if (contact.userId() == null || contact.userId() != sender.userId()) {
				return again(Text.of("enroll.phone.not-own"), conversation, sender);
			}
			String phone = Phones.normalize(contact.phoneNumber());
			if (phone == null) {
				return again(Text.of("enroll.phone.invalid"), conversation, sender);
			}
			if (this.enrollment.phoneTaken(phone, sender.userId())) {
				return again(Text.of("enroll.phone.taken"), conversation, sender);
			}
			return this.steps.next(conversation, EnrollSteps.PHONE, conversation.with("phone", phone), sender,
					Reply.message(Text.of("enroll.phone.saved", "phone", phone)).withReplyKeys(ReplyKeys.REMOVE));
		}
		if (inbound.content() instanceof Inbound.TextMessage text
				&& text.text().strip().equals(this.texts.plain(sender.language(), Text.of("enroll.phone.skip")))) {
			return this.steps.next(conversation, EnrollSteps.PHONE, conversation.with("phone", null), sender,
					Reply.message(Text.of("enroll.phone.skipped")).withReplyKeys(ReplyKeys.REMOVE));
		}
		return again(Text.of("enroll.phone.expect"), conversation, sender);
	}

	private List<Reply> again(Text why, Conversation conversation, Sender sender) {
		List<Reply> replies = new java.util.ArrayList<>();
		replies.add(Reply.message(why));
		replies.addAll(this.steps.ask(conversation.step(), conversation, sender));
		return replies;
	}

	/** One line, spaces squeezed, control and zero-width characters gone. */
	static String clean(String text) {
		return text.replaceAll("[\\p{Cc}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
	}

}
