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
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The buttons of {@code /household}. They act on the presser's own household only: the
 * household is the one whose id is theirs, whatever the button says.
 */
@Component
class HouseholdCallbacks implements CallbackHandler {

	private final EnrollmentManagement enrollment;

	HouseholdCallbacks(EnrollmentManagement enrollment) {
		this.enrollment = enrollment;
	}

	@Override
	public String prefix() {
		return HouseholdCommand.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<Household> household = this.enrollment.household(sender.userId()).filter((h) -> h.status().active());
		if (household.isEmpty()) {
			return List.of(Reply.edit(Text.of("household.none"), Keyboard.NONE));
		}
		return switch (data.action()) {
			case "leave" -> List.of(Reply.edit(Text.of("household.leave.confirm"),
					Keyboard.of(List.of(
							Button.of(Text.of("household.leave.yes"), CallbackData.of(HouseholdCommand.PREFIX, "gone")),
							Button.of(Text.of("household.keep"), CallbackData.of(HouseholdCommand.PREFIX, "keep"))))));
			case "gone" -> this.enrollment.leave(sender.userId())
				.map((left) -> List.of(Reply.edit(Text.of("household.left"), Keyboard.NONE)))
				.orElseGet(HouseholdCallbacks::stale);
			case "move" -> moveChoices(household.get());
			case "to" -> this.enrollment.move(sender.userId(), data.arg())
				.map((moved) -> List.of(Reply.edit(
						Text.of("household.moved", "group",
								this.enrollment.group(moved.groupId()).map(SelfManagedGroup::name).orElse("?")),
						Keyboard.NONE)))
				.orElseGet(HouseholdCallbacks::stale);
			case "keep" -> List.of(HouseholdCommand.card(household.get(), this.enrollment))
				.stream()
				.map((card) -> Reply.edit(card.text(), card.keyboard()))
				.toList();
			default -> stale();
		};
	}

	private List<Reply> moveChoices(Household household) {
		if (household.status() != HouseholdStatus.APPROVED) {
			return stale();
		}
		List<Button> others = this.enrollment.groupsOf(household.villageId())
			.stream()
			.filter((g) -> !g.id().equals(household.groupId()))
			.map((g) -> Button.of(Text.literal(g.name()), CallbackData.of(HouseholdCommand.PREFIX, "to", g.id())))
			.toList();
		if (others.isEmpty()) {
			return List.of(Reply.toast(Text.of("household.move.none")));
		}
		return List.of(Reply.edit(Text.of("household.move.choose"), Keyboard.grid(others, 1)));
	}

	private static List<Reply> stale() {
		return List.of(Reply.toast(Text.of("enroll.button-stale")));
	}

}
