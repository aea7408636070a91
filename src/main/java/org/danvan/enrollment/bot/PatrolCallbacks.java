package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.PatrolDuty;
import org.danvan.enrollment.Patrols;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.incident.ReportAtMarker;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "All clear", "Problem found" and "Can't go" on a patrol reminder. Only the household on
 * duty may answer, once; a passed-on turn goes to the next household at once.
 */
@Component
class PatrolCallbacks implements CallbackHandler {

	private final Patrols patrols;

	private final EnrollmentManagement enrollment;

	private final PatrolReminders reminders;

	private final Conversations conversations;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	PatrolCallbacks(Patrols patrols, EnrollmentManagement enrollment, PatrolReminders reminders,
			Conversations conversations, ApplicationEventPublisher events, java.time.Clock clock) {
		this.clock = clock;
		this.patrols = patrols;
		this.enrollment = enrollment;
		this.reminders = reminders;
		this.conversations = conversations;
		this.events = events;
	}

	@Override
	public String prefix() {
		return PatrolReminders.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<PatrolDuty> duty = this.patrols.duty(data.arg());
		if (duty.isEmpty()) {
			return stale();
		}
		if (duty.get().householdId() != sender.userId()) {
			return List.of(Reply.edit(Text.of("patrol.not-yours"), Keyboard.NONE));
		}
		boolean early = !"swap".equals(data.action()) && this.enrollment.group(duty.get().groupId())
			.map((g) -> java.time.LocalDate.parse(duty.get().date()).isAfter(this.patrols.today(g.villageId())))
			.orElse(false);
		if (early) {
			return List.of(Reply.toast(Text.of("patrol.too-early", "date", duty.get().date())));
		}
		return switch (data.action()) {
			case "ok" -> this.patrols.answer(duty.get().id(), sender.userId(), PatrolDuty.Status.CLEAR)
				.map((answered) -> clear(inbound, answered))
				.orElseGet(() -> answeredAlready(duty.get()));
			case "prob" -> this.patrols.answer(duty.get().id(), sender.userId(), PatrolDuty.Status.PROBLEM)
				.map((answered) -> problem(answered, sender))
				.orElseGet(() -> answeredAlready(duty.get()));
			case "swap" -> this.patrols.pass(duty.get().id(), sender.userId())
				.map(this::passed)
				.orElseGet(() -> answeredAlready(duty.get()));
			default -> stale();
		};
	}

	private List<Reply> clear(Inbound inbound, PatrolDuty duty) {
		boolean busy = this.conversations.find(inbound.chatId())
			.filter((c) -> c.expiresAt().isAfter(this.clock.instant()))
			.isPresent();
		if (busy) {
			return List.of(Reply.edit(Text.of("patrol.recorded.clear.short", "date", duty.date()), Keyboard.NONE));
		}
		this.conversations.begin(inbound.chatId(), PatrolProofFlow.FLOW, PatrolProofFlow.PROOF,
				Map.of("duty", duty.id()));
		return List.of(Reply.edit(Text.of("patrol.recorded.clear", "date", duty.date()), Keyboard.NONE));
	}

	private List<Reply> problem(PatrolDuty duty, Sender sender) {
		Optional<SelfManagedGroup> group = this.enrollment.group(duty.groupId());
		// With several markers the report asks which one (its place step).
		String marker = group.filter((g) -> g.markerIds().size() == 1).map((g) -> g.markerIds().get(0)).orElse(null);
		List<Reply> replies = List
			.of(Reply.edit(Text.of("patrol.recorded.problem", "date", duty.date()), Keyboard.NONE));
		this.events.publishEvent(new ReportAtMarker(sender.userId(), marker, null));
		return replies;
	}

	private List<Reply> passed(PatrolDuty duty) {
		Optional<SelfManagedGroup> group = this.enrollment.group(duty.groupId());
		if (duty.status() == PatrolDuty.Status.UNCOVERED) {
			group.ifPresent((g) -> this.reminders.tellLeader(g,
					Text.of("patrol.uncovered", "group", g.name(), "date", duty.date())));
			return List.of(Reply.edit(Text.of("patrol.passed.nobody"), Keyboard.NONE));
		}
		boolean tomorrow = group
			.map((g) -> java.time.LocalDate.parse(duty.date()).isAfter(this.patrols.today(g.villageId())))
			.orElse(false);
		this.reminders.remind(duty, tomorrow);
		return List
			.of(Reply.edit(Text.of("patrol.passed", "name", this.reminders.name(duty.householdId())), Keyboard.NONE));
	}

	private static List<Reply> answeredAlready(PatrolDuty duty) {
		return List.of(Reply.edit(Text.of("patrol.answered", "date", duty.date(), "status",
				duty.status().name().toLowerCase(java.util.Locale.ROOT)), Keyboard.NONE));
	}

	private static List<Reply> stale() {
		return List.of(Reply.toast(Text.of("enroll.button-stale")));
	}

}
