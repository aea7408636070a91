package org.danvan.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * {@code /incidents map} (or its button) draws them on a map.
 */
@Component
class IncidentsCommand implements CommandHandler {

	static final int PAGE_SIZE = 10;

	static final Map<String, Set<Status>> FILTERS = Map.of("all",
			Set.of(Status.NEW, Status.ACKNOWLEDGED, Status.IN_PROGRESS), "new", Set.of(Status.NEW), "ack",
			Set.of(Status.ACKNOWLEDGED), "prog", Set.of(Status.IN_PROGRESS));

	private final IncidentManagement incidents;

	private final AreaManagement areas;

	private final IncidentMaps maps;

	IncidentsCommand(IncidentManagement incidents, AreaManagement areas, IncidentMaps maps) {
		this.incidents = incidents;
		this.areas = areas;
		this.maps = maps;
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
		if ("map".equals(command.args().strip())) {
			return List.of(this.maps.map(sender));
		}
		Reply first = list(sender, new View("all", null, 0));
		return List.of(Reply.message(first.text(), first.keyboard()));
	}

	/**
	 * What a list message shows; it travels in its buttons as
	 * {@code <status filter>.<category code or *>.<page>}.
	 *
	 * @param status a key of {@link #FILTERS}
	 * @param category one category only, or every one when null
	 * @param page from 0
	 */
	record View(String status, Category category, int page) {

		static final String ANY = "*";

		/** The view a button carries; empty when the button was not made by us. */
		static Optional<View> parse(String arg) {
			String[] parts = arg.split("\\.", -1);
			if (parts.length != 3 || !FILTERS.containsKey(parts[0]) || !parts[2].matches("\\d{1,4}")) {
				return Optional.empty();
			}
			Optional<Category> category = Category.of(parts[1]);
			if (category.isEmpty() && !ANY.equals(parts[1])) {
				return Optional.empty();
			}
			return Optional.of(new View(parts[0], category.orElse(null), Integer.parseInt(parts[2])));
		}

		String arg() {
			return this.status + "." + ((this.category != null) ? this.category.code() : ANY) + "." + this.page;
		}

		/** The first page of this category in another status filter. */
		View inStatus(String status) {
			return new View(status, this.category, 0);
		}

		/** The first page of this status filter in one category, or in all when null. */
		View inCategory(Category category) {
			return new View(this.status, category, 0);
		}

		View atPage(int page) {
			return new View(this.status, this.category, page);
		}

	}

	/** One page of the list, as a reply to send or to edit into the list message. */
	Reply list(Sender sender, View view) {
		IncidentManagement.Filter filter = new IncidentManagement.Filter(FILTERS.get(view.status()), view.category());
		IncidentManagement.Page found = this.incidents.openFor(sender, filter, view.page(), PAGE_SIZE);
		List<List<Button>> rows = new ArrayList<>();
		rows.add(List.of(filterButton("incident.filter.all", view.inStatus("all")),
				filterButton("incident.filter.new", view.inStatus("new")),
				filterButton("incident.filter.ack", view.inStatus("ack")),
				filterButton("incident.filter.prog", view.inStatus("prog"))));
		rows.add(List.of(
				Button.of(Text.of("incident.filter.category"),
						CallbackData.of(IncidentNotices.PREFIX, "cats", view.atPage(0).arg())),
				Button.of(Text.of("incident.see.map"), CallbackData.of(IncidentNotices.PREFIX, "map"))));
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
		if (view.page() > 0) {
			paging.add(Button.of(Text.of("picker.previous"),
					CallbackData.of(IncidentNotices.PREFIX, "list", view.atPage(view.page() - 1).arg())));
		}
		if ((long) (view.page() + 1) * PAGE_SIZE < found.total()) {
			paging.add(Button.of(Text.of("picker.next"),
					CallbackData.of(IncidentNotices.PREFIX, "list", view.atPage(view.page() + 1).arg())));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		Text shown = Text.of("incident.list.filter", "status", Text.of("incident.filter." + view.status()), "category",
				(view.category() != null) ? Text.of(view.category().key()) : Text.of("incident.filter.any-category"));
		Text text = lines.isEmpty() ? Text.of("incident.list.none", "filter", shown)
				: Text.of("incident.list", "count", found.total(), "filter", shown, "lines", lines);
		return Reply.edit(text, new Keyboard(rows));
	}

	/** The categories to narrow the list to, each a button back to its first page. */
	Reply categories(View view) {
		List<List<Button>> rows = new ArrayList<>();
		rows.add(List.of(filterButton("incident.filter.any-category", view.inCategory(null))));
		for (Category category : Category.values()) {
			rows.add(List.of(filterButton(category.key(), view.inCategory(category))));
		}
		return Reply.edit(Text.of("incident.filter.choose-category"), new Keyboard(rows));
	}

	private static Button filterButton(String key, View view) {
		return Button.of(Text.of(key), CallbackData.of(IncidentNotices.PREFIX, "list", view.arg()));
	}

}
