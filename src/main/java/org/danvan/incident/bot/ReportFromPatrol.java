package org.danvan.incident.bot;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.danvan.area.AreaManagement;
import org.danvan.incident.Category;
import org.danvan.incident.ReportAtMarker;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.MemberDirectory;
import org.danvan.telegram.Messenger;
import org.danvan.telegram.Sender;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a report from a patrol's "problem found": the category (border marker), the
 * marker and its place are filled in, so the first question is what was seen.
 */
@Component
class ReportFromPatrol {

	private final Conversations conversations;

	private final ReportSteps steps;

	private final AreaManagement areas;

	private final MemberDirectory members;

	private final Messenger messenger;

	ReportFromPatrol(Conversations conversations, ReportSteps steps, AreaManagement areas, MemberDirectory members,
			Messenger messenger) {
		this.conversations = conversations;
		this.steps = steps;
		this.areas = areas;
		this.members = members;
		this.messenger = messenger;
	}

	@EventListener
	void on(ReportAtMarker problem) {
		Map<String, Object> data = new HashMap<>();
		data.put("draft", UUID.randomUUID().toString());
		data.put("category", Category.MARKER.code());
		if (problem.areaId() != null) {
			data.put("area", problem.areaId());
		}
		this.areas.marker(problem.markerId()).ifPresent((marker) -> {
			data.put("area", marker.areaId());
			data.put("marker", marker.id());
			data.put("markerNumber", marker.number());
		});
		Conversation conversation = this.conversations.begin(problem.userId(), ReportSteps.FLOW,
				ReportSteps.DESCRIPTION, data);
		Sender sender = this.members.lookup(problem.userId());
		this.messenger.send(problem.userId(), sender.language(),
				this.steps.ask(ReportSteps.DESCRIPTION, conversation, sender));
	}

}
