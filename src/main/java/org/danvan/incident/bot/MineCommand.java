package org.danvan.incident.bot;

import java.util.List;

import org.danvan.i18n.Text;
import org.danvan.incident.IncidentManagement;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /mine}: the person's reports and where each stands, anonymous ones included
 * while their relay lasts.
 */
@Component
class MineCommand implements CommandHandler {

	private final IncidentManagement incidents;

	MineCommand(IncidentManagement incidents) {
		this.incidents = incidents;
	}

	@Override
	public String command() {
		return "mine";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		List<Text> lines = this.incidents.reportedBy(sender.userId())
			.stream()
			.map((incident) -> Text.of("incident.mine.line", "code", incident.code(), "category",
					Text.of(incident.category().key()), "status", Text.of(incident.status().key())))
			.toList();
		if (lines.isEmpty()) {
			return List.of(Reply.message(Text.of("incident.mine.none")));
		}
		return List.of(Reply.message(Text.of("incident.mine.list", "lines", lines)));
	}

}
