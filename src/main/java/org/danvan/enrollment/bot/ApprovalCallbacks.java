package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.Household;
import org.danvan.enrollment.HouseholdStatus;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * Approve and decline buttons on a household's request. Only a coordinator of the
 * household's village (or above) may press them; of two coordinators pressing at once,
 * the first decides and the second is told.
 */
@Component
class ApprovalCallbacks implements CallbackHandler {

	private final EnrollmentManagement enrollment;

	private final EnrollmentAccess access;

	private final Conversations conversations;

	ApprovalCallbacks(EnrollmentManagement enrollment, EnrollmentAccess access, Conversations conversations) {
		this.enrollment = enrollment;
		this.access = access;
		this.conversations = conversations;
	}

	@Override
	public String prefix() {
		return EnrollmentNotices.PREFIX;
	}

	@Override
	public Role role() {
		return Role.COORDINATOR;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<List<Reply>> refused = EnrollmentAccess.privateOnly(inbound);
		if (refused.isPresent()) {
			return refused.get();
		}
		String[] args = data.arg().split("\\.", 2);
		Optional<Household> household = args[0].matches("[0-9]{1,18}")
				? this.enrollment.household(Long.parseLong(args[0])) : Optional.empty();
		if (household.isEmpty()) {
			return List.of(Reply.toast(Text.of("enroll.button-stale")));
		}
		if (!this.access.manages(sender, household.get().villageId())) {
			return List.of(Reply.toast(Text.of("enroll.not-your-area")));
		}
		if (household.get().status() != HouseholdStatus.PENDING) {
			return List.of(decidedAlready(household.get()));
		}
		long id = household.get().id();
		return switch (data.action()) {
			case "ok" -> decide(id, true, null, sender);
			case "no" -> List.of(Reply.edit(Text.of("enroll.decline.why"), reasons(id)));
			case "why" -> why(inbound, id, (args.length > 1) ? args[1] : "", sender);
			default -> List.of(Reply.toast(Text.of("enroll.button-stale")));
		};
	}

	private List<Reply> why(Inbound inbound, long id, String reason, Sender sender) {
		if (EnrollmentNotices.REASONS.containsKey(reason) && !"other".equals(reason)) {
			return decide(id, false, "r:" + reason, sender);
		}
		if (!"other".equals(reason)) {
			return List.of(Reply.toast(Text.of("enroll.button-stale")));
		}
		this.conversations.begin(inbound.chatId(), DeclineFlow.FLOW, DeclineFlow.REASON,
				Map.of("household", Long.toString(id)));
		return List.of(Reply.edit(Text.of("enroll.decline.type"), Keyboard.NONE));
	}

	List<Reply> decide(long id, boolean approve, String reason, Sender sender) {
		Optional<Household> decided = this.enrollment.decide(id, approve, sender.userId(), reason);
		if (decided.isEmpty()) {
			return this.enrollment.household(id)
				.map((h) -> List.of(decidedAlready(h)))
				.orElseGet(() -> List.of(Reply.toast(Text.of("enroll.button-stale"))));
		}
		Household household = decided.get();
		Text text = approve ? Text.of("enroll.approved.by-you", "name", household.headName()) : Text
			.of("enroll.declined.by-you", "name", household.headName(), "reason", EnrollmentNotices.reason(reason));
		return List.of(Reply.edit(text, Keyboard.NONE));
	}

	private static Reply decidedAlready(Household household) {
		return Reply.edit(Text.of("enroll.decided-already", "name", household.headName(), "status",
				household.status().name().toLowerCase(java.util.Locale.ROOT)), Keyboard.NONE);
	}

	private static Keyboard reasons(long id) {
		List<Button> buttons = EnrollmentNotices.REASONS.entrySet()
			.stream()
			.map((reason) -> Button.of(new Text(reason.getValue(), Map.of(), null),
					CallbackData.of(EnrollmentNotices.PREFIX, "why", id + "." + reason.getKey())))
			.toList();
		return Keyboard.grid(buttons, 1);
	}

}
