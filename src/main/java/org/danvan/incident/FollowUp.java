package org.danvan.incident;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.danvan.i18n.Text;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Lane;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closing the loop: some days after a report is resolved, its reporter is asked whether
 * it is still a problem; "yes" opens it again and alerts the area again.
 */
@Component
class FollowUp implements TimedTask, CallbackHandler {

	static final String TASK = "incident.follow-up";

	static final String PREFIX = "fu";

	private final IncidentManagement incidents;

	private final IncidentNotices notices;

	private final Schedules schedules;

	private final IncidentSettings settings;

	private final Clock clock;

	FollowUp(IncidentManagement incidents, IncidentNotices notices, Schedules schedules, IncidentSettings settings,
			Clock clock) {
		this.incidents = incidents;
		this.notices = notices;
		this.schedules = schedules;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void on(IncidentStatusChanged event) {
		if (event.status() == Status.RESOLVED) {
			this.schedules.once("follow-up-" + event.code() + "-" + this.clock.millis(),
					this.clock.instant().plus(this.settings.followUpAfter()), TASK, Map.of("code", event.code()));
		}
	}

	@EventListener
	void on(IncidentReopened event) {
		Incident incident = this.incidents.find(event.code()).orElseThrow();
		this.notices.alertArea(incident, "alert-" + incident.code() + "-reopened-" + incident.history().size());
	}

	@Override
	public String name() {
		return TASK;
	}

	@Override
	public void run(Map<String, String> data) {
		Incident incident = this.incidents.find(data.get("code")).orElse(null);
		if (incident == null || incident.status() != Status.RESOLVED) {
			return;
		}
		this.incidents.reporterChat(incident).ifPresent((chat) -> {
			Reply ask = Reply.message(Text.of("incident.follow-up", "code", incident.code()),
					Keyboard.of(List.of(
							Button.of(Text.of("incident.follow-up.still"),
									CallbackData.of(PREFIX, "still", incident.code())),
							Button.of(Text.of("incident.follow-up.fixed"),
									CallbackData.of(PREFIX, "fixed", incident.code())))));
			this.notices.tell("follow-up-" + incident.code() + "-" + incident.history().size(), chat, ask, Lane.BULK);
		});
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		if ("fixed".equals(data.action())) {
			return List.of(Reply.edit(Text.of("incident.follow-up.thanks"), Keyboard.NONE));
		}
		if ("still".equals(data.action()) && this.incidents.reopen(data.arg(), inbound.chatId()).isPresent()) {
			return List.of(Reply.edit(Text.of("incident.follow-up.reopened", "code", data.arg()), Keyboard.NONE));
		}
		return List.of(Reply.toast(Text.of("bot.button-expired")));
	}

}
