package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.Household;
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
 * {@code /enroll}: signs the person's household up for a self-managed group of their
 * village, one household per person.
 */
@Component
class EnrollCommand implements CommandHandler {

	private final Conversations conversations;

	private final EnrollSteps steps;

	private final EnrollmentManagement enrollment;

	EnrollCommand(Conversations conversations, EnrollSteps steps, EnrollmentManagement enrollment) {
		this.conversations = conversations;
		this.steps = steps;
		this.enrollment = enrollment;
	}

	@Override
	public String command() {
		return "enroll";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		return start(inbound, sender, Map.of());
	}

	/**
	 * Starts enrolling, unless the person already has a household that holds its place.
	 */
	List<Reply> start(Inbound inbound, Sender sender, Map<String, Object> data) {
		if (!inbound.privateChat()) {
			return List.of(Reply.message(Text.of("enroll.in-private")));
		}
		Optional<Household> existing = this.enrollment.household(sender.userId()).filter((h) -> h.status().active());
		if (existing.isPresent()) {
			return List.of(HouseholdCommand.already(existing.get(), this.enrollment));
		}
		Conversation conversation = this.conversations.begin(inbound.chatId(), EnrollSteps.FLOW, EnrollSteps.NAME,
				data);
		return this.steps.ask(EnrollSteps.NAME, conversation, sender);
	}

}
