package org.danvan.enrollment.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.access.Member;
import org.danvan.access.MemberManagement;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.Household;
import org.danvan.enrollment.HouseholdEvents;
import org.danvan.enrollment.HouseholdStatus;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Messenger;
import org.danvan.telegram.Reply;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the coordinators of a village about each household asking to join a group, with
 * buttons to approve or decline, and tells the household what they decided.
 */
@Component
class EnrollmentNotices {

	static final String PREFIX = "appr";

	/** The reasons a coordinator picks from, by code, in the order shown. */
	static final Map<String, String> REASONS = new LinkedHashMap<>();

	static {
		REASONS.put("village", "enroll.reason.village");
		REASONS.put("duplicate", "enroll.reason.duplicate");
		REASONS.put("details", "enroll.reason.details");
		REASONS.put("other", "enroll.reason.other");
	}

	private final MemberManagement members;

	private final AreaManagement areas;

	private final Messenger messenger;

	EnrollmentNotices(MemberManagement members, AreaManagement areas, Messenger messenger) {
		this.members = members;
		this.areas = areas;
		this.messenger = messenger;
	}

	@EventListener
	void on(HouseholdEvents.Requested requested) {
		Household household = requested.household();
		for (Member coordinator : this.members.holdersFor(household.path(), Role.COORDINATOR)) {
			String language = this.members.lookup(coordinator.id()).language();
			this.messenger.send(coordinator.id(), language,
					Reply.message(request(household, requested.group().name(), language), decisionButtons(household)));
		}
	}

	@EventListener
	void on(HouseholdEvents.Decided decided) {
		Household household = decided.household();
		String group = (decided.group() != null) ? decided.group().name() : "?";
		String language = this.members.lookup(household.id()).language();
		Text text = (household.status() == HouseholdStatus.APPROVED) ? Text.of("enroll.approved", "group", group)
				: Text.of("enroll.declined", "group", group, "reason", reason(household.declineReason()));
		this.messenger.send(household.id(), language, Reply.message(text));
	}

	/** A household's request, as coordinators see it. */
	Text request(Household household, String group, String language) {
		String who = this.members.member(household.id()).map(Member::displayName).orElse("?");
		return Text.of("enroll.request", "name", household.headName(), "people", household.people(), "village",
				this.areas.area(household.villageId()).map((a) -> a.name(language)).orElse("?"), "group", group,
				"phone", (household.phone() != null) ? Text.literal(household.phone()) : Text.of("enroll.phone.none"),
				"who", who);
	}

	static Keyboard decisionButtons(Household household) {
		return Keyboard.of(List.of(Button.of(Text.of("enroll.approve"), CallbackData.of(PREFIX, "ok", household.id())),
				Button.of(Text.of("enroll.decline"), CallbackData.of(PREFIX, "no", household.id()))));
	}

	/** A preset reason ({@code r:<code>}) in the reader's language, or what was typed. */
	static Text reason(String reason) {
		if (reason == null || (reason.startsWith("r:") && !REASONS.containsKey(reason.substring(2)))) {
			return Text.of("enroll.reason.other");
		}
		return reason.startsWith("r:") ? new Text(REASONS.get(reason.substring(2)), Map.of(), null)
				: Text.literal(reason);
	}

}
