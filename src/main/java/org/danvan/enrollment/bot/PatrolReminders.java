package org.danvan.enrollment.bot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.access.Member;
import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.EnrollmentSettings;
import org.danvan.enrollment.Household;
import org.danvan.enrollment.PatrolDuty;
import org.danvan.enrollment.PatrolRota;
import org.danvan.enrollment.Patrols;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.scheduling.Misfire;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Messenger;
import org.danvan.telegram.Reply;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminds the household on patrol duty the evening before and on the morning, at the
 * configured local times of each province (a missed evening or morning run is skipped: a
 * late reminder would mislead). The morning run also marks yesterday's unanswered patrols
 * as missed. A household the bot can no longer reach is reported to its group's leader.
 */
@Component
public class PatrolReminders implements TimedTask {

	static final String TASK = "enrollment.patrol";

	static final String PREFIX = "pat";

	private final Patrols patrols;

	private final EnrollmentManagement enrollment;

	private final MemberManagement members;

	private final AreaManagement areas;

	private final Messenger messenger;

	private final Schedules schedules;

	private final EnrollmentSettings settings;

	private final Preferences preferences;

	PatrolReminders(Patrols patrols, EnrollmentManagement enrollment, MemberManagement members, AreaManagement areas,
			Messenger messenger, Schedules schedules, EnrollmentSettings settings, Preferences preferences) {
		this.preferences = preferences;
		this.patrols = patrols;
		this.enrollment = enrollment;
		this.members = members;
		this.areas = areas;
		this.messenger = messenger;
		this.schedules = schedules;
		this.settings = settings;
	}

	@Override
	public String name() {
		return TASK;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		for (Area province : this.areas.provinces()) {
			this.schedules.daily("patrol-evening-" + province.id(), this.settings.patrolEveningTime(),
					this.areas.timeZone(province.id()), TASK, Map.of("area", province.id(), "kind", "evening"),
					Misfire.SKIP);
			this.schedules.daily("patrol-morning-" + province.id(), this.settings.patrolMorningTime(),
					this.areas.timeZone(province.id()), TASK, Map.of("area", province.id(), "kind", "morning"),
					Misfire.SKIP);
		}
	}

	@Override
	public void run(Map<String, String> data) {
		String province = data.get("area");
		boolean evening = "evening".equals(data.get("kind"));
		LocalDate today = this.patrols.today(province);
		// Both runs mark yesterday's unanswered patrols, so one disabled or missed run
		// does not leave them due.
		this.patrols.markMissed(province, today.minusDays(1));
		LocalDate date = evening ? today.plusDays(1) : today;
		for (PatrolRota rota : this.patrols.rotasIn(province)) {
			Optional<PatrolDuty> duty = this.patrols.duty(rota, date)
				.filter((d) -> d.status() == PatrolDuty.Status.DUE);
			if (duty.isPresent() && this.patrols.claimReminder(duty.get(), evening)) {
				remind(duty.get(), evening);
			}
		}
	}

	/** Sends the household on duty its reminder with the three buttons. */
	public void remind(PatrolDuty duty, boolean evening) {
		Optional<SelfManagedGroup> group = this.enrollment.group(duty.groupId());
		if (group.isEmpty()) {
			return;
		}
		long household = duty.householdId();
		boolean member = this.enrollment.household(household)
			.filter((h) -> h.status() == org.danvan.enrollment.HouseholdStatus.APPROVED
					&& h.groupId().equals(duty.groupId()))
			.isPresent();
		if (!member) {
			this.patrols.pass(duty.id(), household)
				.filter((next) -> next.status() == PatrolDuty.Status.DUE)
				.ifPresent((next) -> remind(next, evening));
			return;
		}
		if (!this.preferences.wants(household, Notice.PATROL_REMINDERS)) {
			return;
		}
		String language = this.members.lookup(household).language();
		List<String> markers = this.enrollment.markerNumbers(group.get());
		Text text = Text.of("patrol.reminder", "when", evening ? "evening" : "morning", "date", duty.date(), "group",
				group.get().name(), "markers", markers.isEmpty() ? "–" : String.join(", ", markers), "roads",
				group.get().roadIds().size());
		this.messenger.send(household, language, Reply.message(text, buttons(duty)));
		boolean reachable = this.members.member(household).map(Member::reachable).orElse(false);
		if (!reachable) {
			tellLeader(group.get(), Text.of("patrol.unreachable", "name", name(household), "date", duty.date()));
		}
	}

	/** Tells the group's leader household, if it has one. */
	void tellLeader(SelfManagedGroup group, Text text) {
		Long leader = group.leaderHouseholdId();
		if (leader != null) {
			this.messenger.send(leader, this.members.lookup(leader).language(), Reply.message(text));
		}
	}

	String name(long household) {
		return this.enrollment.household(household).map(Household::headName).orElse("?");
	}

	static Keyboard buttons(PatrolDuty duty) {
		return Keyboard.of(List.of(Button.of(Text.of("patrol.clear"), CallbackData.of(PREFIX, "ok", duty.id()))),
				List.of(Button.of(Text.of("patrol.problem"), CallbackData.of(PREFIX, "prob", duty.id()))),
				List.of(Button.of(Text.of("patrol.swap"), CallbackData.of(PREFIX, "swap", duty.id()))));
	}

}
