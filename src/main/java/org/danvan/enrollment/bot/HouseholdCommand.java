package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.Household;
import org.danvan.enrollment.HouseholdStatus;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /household}: the person's household, its group and status, with buttons to move
 * to another group of the village, leave it, or withdraw a request.
 */
@Component
class HouseholdCommand implements CommandHandler {

	static final String PREFIX = "hh";

	private final EnrollmentManagement enrollment;

	HouseholdCommand(EnrollmentManagement enrollment) {
		this.enrollment = enrollment;
	}

	@Override
	public String command() {
		return "household";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		Optional<Household> household = this.enrollment.household(sender.userId()).filter((h) -> h.status().active());
		if (household.isEmpty()) {
			return List.of(Reply.message(Text.of("household.none")));
		}
		return List.of(card(household.get(), this.enrollment));
	}

	static Reply card(Household household, EnrollmentManagement enrollment) {
		String group = enrollment.group(household.groupId()).map(SelfManagedGroup::name).orElse("?");
		Text text = Text.of("household.card", "name", household.headName(), "people", household.people(), "group",
				group, "status", household.status().name().toLowerCase(java.util.Locale.ROOT));
		Keyboard buttons = (household.status() == HouseholdStatus.APPROVED)
				? Keyboard.of(List.of(Button.of(Text.of("household.move"), CallbackData.of(PREFIX, "move"))),
						List.of(Button.of(Text.of("household.leave"), CallbackData.of(PREFIX, "leave"))))
				: Keyboard.of(List.of(Button.of(Text.of("household.withdraw"), CallbackData.of(PREFIX, "leave"))));
		return Reply.message(text, buttons);
	}

	/** What someone who already enrolled hears when they try again. */
	static Reply already(Household household, EnrollmentManagement enrollment) {
		String group = enrollment.group(household.groupId()).map(SelfManagedGroup::name).orElse("?");
		return Reply.message(Text.of("enroll.already", "name", household.headName(), "group", group, "status",
				household.status().name().toLowerCase(java.util.Locale.ROOT)));
	}

}
