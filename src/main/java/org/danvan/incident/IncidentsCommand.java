package org.danvan.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /incidents}: the open incidents of the officer's areas, newest first, ten to a
 * page, filtered by status with buttons; each opens its action card.
 */
@Component
class IncidentsCommand implements CommandHandler {

	static final int PAGE_SIZE = 10;

	static final Map<String, Set<Status>> FILTERS = Map.of("all",
			Set.of(Status.NEW, Status.ACKNOWLEDGED, Status.IN_PROGRESS), "new", Set.of(Status.NEW), "ack",
			Set.of(Status.ACKNOWLEDGED), "prog", Set.of(Status.IN_PROGRESS));

	private final IncidentManagement incidents;

	private final AreaManagement areas;

	IncidentsCommand(IncidentManagement incidents, AreaManagement areas) {
		this.incidents = incidents;
		this.areas = areas;
	}

	@Override
	public String command() {
		return "incidents";
	}

	@Override
	public Role role() {
		return Role.OFFICER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		Reply first = list(sender, "all", 0);
		return List.of(Reply.message(first.text(), first.keyboard()));
	}

	/** One page of the list, as a reply to send or to edit into the list message. */
	Reply list(Sender sender, String filter, int page) {
		Set<Status> statuses = FILTERS.getOrDefault(filter, FILTERS.get("all"));
		IncidentManagement.Page found = this.incidents.openFor(sender, statuses, page, PAGE_SIZE);
		List<List<Button>> rows = new ArrayList<>();
		rows.add(List.of(filterButton("incident.filter.all", "all"), filterButton("incident.filter.new", "new"),
				filterButton("incident.filter.ack", "ack"), filterButton("incident.filter.prog", "prog")));
		List<Text> lines = new ArrayList<>();
		for (Incident incident : found.incidents()) {
			String place = this.areas.area(incident.areaId()).map((a) -> a.name(sender.language())).orElse("?");
			lines.add(Text.of("incident.list.line", "code", incident.code(), "urgent", incident.urgent() ? "yes" : "no",
					"category", Text.of(incident.category().key()), "status", Text.of(incident.status().key()), "place",
					place));
			rows.add(List.of(Button.of(Text.literal(incident.code()),
					CallbackData.of(IncidentNotices.PREFIX, "open", incident.code()))));
		}
		List<Button> paging = new ArrayList<>();
		if (page > 0) {
			paging.add(Button.of(Text.of("picker.previous"),
					CallbackData.of(IncidentNotices.PREFIX, "list", filter + "." + (page - 1))));
		}
		if ((long) (page + 1) * PAGE_SIZE < found.total()) {
			paging.add(Button.of(Text.of("picker.next"),
					CallbackData.of(IncidentNotices.PREFIX, "list", filter + "." + (page + 1))));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		Text text = lines.isEmpty() ? Text.of("incident.list.none")
				: Text.of("incident.list", "count", found.total(), "lines", lines);
		return Reply.edit(text, new Keyboard(rows));
	}

	private static Button filterButton(String key, String filter) {
		return Button.of(Text.of(key), CallbackData.of(IncidentNotices.PREFIX, "list", filter + ".0"));
	}

}
