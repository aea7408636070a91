package org.danvan.enrollment.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.ReplyKeys;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The questions of the enrollment conversation, in order: head of household, people,
 * village, phone, group, consent. A group invite fixes village and group, so those are
 * not asked.
 */
@Component
class EnrollSteps {

	static final String FLOW = "enroll";

	static final String PREFIX = "enr";

	static final String NAME = "name";

	static final String PEOPLE = "people";

	static final String VILLAGE = "village";

	static final String PHONE = "phone";

	static final String GROUP = "group";

	static final String CONSENT = "consent";

	private static final List<String> ORDER = List.of(NAME, PEOPLE, VILLAGE, PHONE, GROUP, CONSENT);

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final Conversations conversations;

	EnrollSteps(AreaManagement areas, EnrollmentManagement enrollment, Conversations conversations) {
		this.areas = areas;
		this.enrollment = enrollment;
		this.conversations = conversations;
	}

	/** The step after {@code step}, skipping what an invite already settled. */
	static String after(String step, Conversation conversation) {
		int at = ORDER.indexOf(step);
		for (String next : ORDER.subList(at + 1, ORDER.size())) {
			boolean settled = conversation.flag("invited") && (next.equals(VILLAGE) || next.equals(GROUP));
			if (!settled) {
				return next;
			}
		}
		return CONSENT;
	}

	/** Moves on to the step after {@code step} with new data and asks it. */
	List<Reply> next(Conversation conversation, String step, Map<String, Object> data, Sender sender, Reply... before) {
		String following = after(step, conversation);
		return this.conversations.advance(conversation, following, data).map((advanced) -> {
			List<Reply> replies = new ArrayList<>(List.of(before));
			replies.addAll(ask(following, advanced, sender));
			return replies;
		}).orElseGet(() -> List.of(Reply.toast(Text.of("enroll.button-stale"))));
	}

	List<Reply> ask(String step, Conversation conversation, Sender sender) {
		return switch (step) {
			case NAME ->
				List.of(Reply.message(
						conversation.flag("invited")
								? Text.of("enroll.ask.name.invited", "group", conversation.text("groupName"), "village",
										villageName(conversation.text("village"), sender))
								: Text.of("enroll.ask.name")));
			case PEOPLE -> List.of(Reply.message(Text.of("enroll.ask.people"), peopleButtons()));
			case VILLAGE -> List.of(village(sender));
			case PHONE -> List.of(Reply.message(Text.of("enroll.ask.phone"))
				.withReplyKeys(ReplyKeys.contactOr(Text.of("enroll.phone.share"), Text.of("enroll.phone.skip"))));
			case GROUP -> List.of(group(conversation, sender));
			default -> List.of(summary(conversation, sender));
		};
	}

	private static Keyboard peopleButtons() {
		List<Button> buttons = new ArrayList<>();
		for (int n = 1; n <= 8; n++) {
			buttons.add(Button.of(Text.literal(Integer.toString(n)), CallbackData.of(PREFIX, "ppl", n)));
		}
		return Keyboard.grid(buttons, 4);
	}

	private Reply village(Sender sender) {
		if (sender.villageId() != null && this.areas.area(sender.villageId()).filter(Area::isVillage).isPresent()) {
			String name = villageName(sender.villageId(), sender);
			return Reply.message(Text.of("enroll.ask.village.yours", "village", name),
					Keyboard.of(
							List.of(Button.of(Text.of("enroll.village.this", "village", name),
									CallbackData.of(PREFIX, "vil", sender.villageId()))),
							List.of(Button.of(Text.of("enroll.village.other"), CallbackData.of(PREFIX, "pick", "*")))));
		}
		return Reply.message(Text.of("enroll.ask.village"), areaChoices("*", sender.language()));
	}

	/**
	 * Buttons to drill down to a village: the areas beneath {@code areaId} ({@code *}:
	 * provinces).
	 */
	Keyboard areaChoices(String areaId, String language) {
		List<Area> options = "*".equals(areaId) ? this.areas.provinces() : this.areas.children(areaId);
		while (options.size() == 1 && !options.get(0).isVillage()) {
			options = this.areas.children(options.get(0).id());
		}
		List<Button> buttons = options.stream()
			.filter((area) -> !area.retired())
			.map((area) -> Button.of(Text.literal(area.name(language)),
					CallbackData.of(PREFIX, area.isVillage() ? "vil" : "pick", area.id())))
			.toList();
		return Keyboard.grid(buttons, 2);
	}

	private Reply group(Conversation conversation, Sender sender) {
		List<SelfManagedGroup> groups = this.enrollment.groupsOf(conversation.text("village"));
		List<Button> buttons = groups.stream()
			.limit(EnrollmentViews.MAX_LINES)
			.map((g) -> Button.of(Text.literal(g.name()), CallbackData.of(PREFIX, "grp", g.id())))
			.toList();
		return Reply.message(Text.of("enroll.ask.group", "village", villageName(conversation.text("village"), sender)),
				Keyboard.grid(buttons, 1));
	}

	Reply summary(Conversation conversation, Sender sender) {
		String phone = conversation.text("phone");
		return Reply.message(
				Text.of("enroll.summary", "name", conversation.text("name"), "people",
						Integer.parseInt(conversation.text("people")), "village",
						villageName(conversation.text("village"), sender), "group", conversation.text("groupName"),
						"phone", (phone != null) ? Text.literal(phone) : Text.of("enroll.phone.none")),
				Keyboard.of(List.of(Button.of(Text.of("enroll.consent.yes"), CallbackData.of(PREFIX, "ok"))),
						List.of(Button.of(Text.of("enroll.cancel"), CallbackData.of(PREFIX, "cancel")))));
	}

	String villageName(String villageId, Sender sender) {
		return this.areas.area(villageId).map((a) -> a.name(sender.language())).orElse("?");
	}

}
