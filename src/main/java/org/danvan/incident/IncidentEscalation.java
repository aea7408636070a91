package org.danvan.incident;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.danvan.access.MemberManagement;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;

import org.springframework.stereotype.Component;

/**
 * An urgent report nobody acknowledged: first alerted again to the same officers, then,
 * after as long again, to the officers of every area above them. Once acknowledged (or
 * moved further), it stops.
 */
@Component
class IncidentEscalation implements TimedTask {

	static final String TASK = "incident.escalate";

	private final IncidentManagement incidents;

	private final IncidentNotices notices;

	private final MemberManagement members;

	private final Schedules schedules;

	private final IncidentSettings settings;

	private final Clock clock;

	IncidentEscalation(IncidentManagement incidents, IncidentNotices notices, MemberManagement members,
			Schedules schedules, IncidentSettings settings, Clock clock) {
		this.incidents = incidents;
		this.notices = notices;
		this.members = members;
		this.schedules = schedules;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return TASK;
	}

	@Override
	public void run(Map<String, String> data) {
		Incident incident = this.incidents.find(data.get("code")).orElse(null);
		if (incident == null || incident.status() != Status.NEW) {
			return;
		}
		int level = Integer.parseInt(data.get("level"));
		if ("1".equals(data.get("step"))) {
			this.notices.alert(incident, this.notices.officersAt(incident, level),
					"alert-" + incident.code() + "-again", "incident.escalated", true);
			this.schedules.once("escalate-" + incident.code() + "-2",
					this.clock.instant().plus(this.settings.escalateAfter()), TASK,
					Map.of("code", incident.code(), "step", "2", "level", String.valueOf(level)));
			return;
		}
		List<String> above = incident.path().subList(0, Math.max(0, (level >= 0) ? level : incident.path().size()));
		this.notices.alert(incident, this.members.officersFor(above), "alert-" + incident.code() + "-above",
				"incident.escalated", false);
	}

}
