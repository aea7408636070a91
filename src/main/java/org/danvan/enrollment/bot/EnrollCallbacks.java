package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.EnrollmentRequest;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The buttons of the enrollment conversation. A button counts only at the step that
 * showed it; a group must belong to the chosen village; sending is checked again by
 * {@link EnrollmentManagement#enroll}.
 */
@Component
class EnrollCallbacks implements CallbackHandler {

	private static final Map<String, String> STEP_OF = Map.of("ppl", EnrollSteps.PEOPLE, "vil", EnrollSteps.VILLAGE,
			"pick", EnrollSteps.VILLAGE, "grp", EnrollSteps.GROUP, "ok", EnrollSteps.CONSENT, "cancel",
			EnrollSteps.CONSENT);

	private final Conversations conversations;

	private final EnrollSteps steps;

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	EnrollCallbacks(Conversations conversations, EnrollSteps steps, AreaManagement areas,
			EnrollmentManagement enrollment) {
		this.conversations = conversations;
		this.steps = steps;
		this.areas = areas;
		this.enrollment = enrollment;
	}

	@Override
	public String prefix() {
		return EnrollSteps.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<Conversation> open = this.conversations.find(inbound.chatId())
			.filter((c) -> EnrollSteps.FLOW.equals(c.flow()) && c.step().equals(STEP_OF.get(data.action())));
		if (open.isEmpty()) {
			return stale();
		}
		Conversation conversation = open.get();
		return switch (data.action()) {
			case "ppl" -> people(conversation, data.arg(), sender);
			case "vil" -> village(conversation, data.arg(), sender);
			case "pick" -> pick(data.arg(), sender);
			case "grp" -> group(conversation, data.arg(), sender);
			case "ok" -> send(conversation, sender);
			default -> cancel(conversation);
		};
	}

	private List<Reply> people(Conversation conversation, String arg, Sender sender) {
		int people = arg.matches("[1-8]") ? Integer.parseInt(arg) : 0;
		if (people == 0) {
			return stale();
		}
		return this.steps.next(conversation, EnrollSteps.PEOPLE, conversation.with("people", arg), sender);
	}

	private List<Reply> village(Conversation conversation, String villageId, Sender sender) {
		Optional<org.danvan.area.Area> village = this.areas.area(villageId)
			.filter((a) -> a.isVillage() && !a.retired());
		if (village.isEmpty()) {
			return stale();
		}
		if (!conversation.flag("invited") && this.enrollment.groupsOf(villageId).isEmpty()) {
			return List.of(Reply.edit(Text.of("enroll.no-groups", "village", village.get().name(sender.language())),
					this.steps.areaChoices("*", sender.language())));
		}
		return this.steps.next(conversation, EnrollSteps.VILLAGE, conversation.with("village", villageId), sender);
	}

	private List<Reply> pick(String areaId, Sender sender) {
		if (!"*".equals(areaId) && this.areas.area(areaId).filter((a) -> !a.isVillage()).isEmpty()) {
			return stale();
		}
		return List.of(Reply.edit(Text.of("enroll.ask.village"), this.steps.areaChoices(areaId, sender.language())));
	}

	private List<Reply> group(Conversation conversation, String groupId, Sender sender) {
		Optional<SelfManagedGroup> group = this.enrollment.group(groupId)
			.filter((g) -> g.villageId().equals(conversation.text("village")));
		if (group.isEmpty()) {
			return stale();
		}
		Map<String, Object> data = conversation.with("group", groupId);
		data.put("groupName", group.get().name());
		return this.steps.next(conversation, EnrollSteps.GROUP, data, sender);
	}

	private List<Reply> send(Conversation conversation, Sender sender) {
		if (!this.conversations.end(conversation)) {
			return stale();
		}
		EnrollmentRequest request = new EnrollmentRequest(sender.userId(), conversation.text("name"),
				Integer.parseInt(conversation.text("people")), conversation.text("village"), conversation.text("phone"),
				conversation.text("group"));
		EnrollmentManagement.Enrolled enrolled = this.enrollment.enroll(request);
		Text answer = switch (enrolled.outcome()) {
			case REQUESTED -> Text.of("enroll.sent", "group", conversation.text("groupName"));
			case ALREADY_ENROLLED -> Text.of("enroll.already.short");
			case PHONE_TAKEN -> Text.of("enroll.phone.taken");
			case INVALID -> Text.of("enroll.invalid");
		};
		return List.of(Reply.edit(answer, Keyboard.NONE));
	}

	private List<Reply> cancel(Conversation conversation) {
		this.conversations.end(conversation);
		return List.of(Reply.edit(Text.of("conversation.cancelled"), Keyboard.NONE));
	}

	private static List<Reply> stale() {
		return List.of(Reply.toast(Text.of("enroll.button-stale")));
	}

}
