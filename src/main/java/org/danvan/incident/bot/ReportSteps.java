package org.danvan.incident.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.i18n.Text;
import org.danvan.incident.Category;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The questions of the report conversation, one per step, with their buttons.
 */
@Component
class ReportSteps {

	static final String FLOW = "report";

	static final String PREFIX = "rep";

	static final String CATEGORY = "category";

	static final String DESCRIPTION = "description";

	static final String PLACE = "place";

	static final String PHOTOS = "photos";

	static final String URGENT = "urgent";

	static final String ANONYMOUS = "anonymous";

	static final String SAME = "same";

	static final String SUMMARY = "summary";

	private final AreaManagement areas;

	ReportSteps(AreaManagement areas) {
		this.areas = areas;
	}

	Reply ask(String step, Conversation conversation, Sender sender) {
		return switch (step) {
			case CATEGORY -> Reply.message(Text.of("incident.ask.category"), categories());
			case DESCRIPTION -> Reply.message(Text.of("incident.ask.description"));
			case PLACE -> Reply.message(Text.of("incident.ask.place"), places(sender));
			case PHOTOS -> Reply.message(Text.of("incident.ask.photos", "count", conversation.list("photos").size()),
					Keyboard.of(List.of(button("incident.photos.done", "photos", "done"))));
			case URGENT -> Reply.message(Text.of("incident.ask.urgent"), Keyboard
				.of(List.of(button("incident.urgent.yes", "urg", "y"), button("incident.urgent.no", "urg", "n"))));
			case ANONYMOUS -> Reply.message(Text.of("incident.ask.anonymous"),
					Keyboard.of(List.of(button("incident.anonymous.no", "anon", "n")),
							List.of(button("incident.anonymous.yes", "anon", "y"))));
			default -> summary(conversation, sender);
		};
	}

	private static Keyboard categories() {
		List<Button> buttons = Arrays.stream(Category.values())
			.map((category) -> Button.of(Text.of(category.key()), CallbackData.of(PREFIX, "cat", category.code())))
			.toList();
		return Keyboard.grid(buttons, 2);
	}

	private Keyboard places(Sender sender) {
		List<List<Button>> rows = new ArrayList<>();
		Optional<Area> home = this.areas.area(sender.villageId()).filter((village) -> !village.retired());
		home.ifPresent((village) -> rows
			.add(List.of(Button.of(Text.of("incident.place.home", "village", village.name(sender.language())),
					CallbackData.of(PREFIX, "area", village.id())))));
		rows.add(List.of(button("incident.place.other", "area", "*")));
		home.filter((village) -> !this.areas.markers(village.parentId()).isEmpty())
			.ifPresent((village) -> rows.add(List.of(button("incident.place.marker", "markers", village.parentId()))));
		return new Keyboard(rows);
	}

	/**
	 * The areas under {@code areaId} ({@code *} for the provinces), villages to choose.
	 */
	Keyboard areaChoices(String areaId, String language) {
		List<Area> options = "*".equals(areaId) ? this.areas.provinces() : this.areas.children(areaId);
		while (options.size() == 1 && !options.get(0).isVillage()) {
			options = this.areas.children(options.get(0).id());
		}
		List<Button> buttons = options.stream()
			.filter((area) -> !area.retired())
			.limit(24)
			.map((area) -> Button.of(Text.literal(area.name(language)), CallbackData.of(PREFIX, "area", area.id())))
			.toList();
		return Keyboard.grid(buttons, 2);
	}

	Keyboard markerChoices(String communeId) {
		List<Button> buttons = this.areas.markers(communeId)
			.stream()
			.limit(24)
			.map((marker) -> Button.of(Text.of("incident.place.marker-number", "number", marker.number()),
					CallbackData.of(PREFIX, "mk", marker.id())))
			.toList();
		return Keyboard.grid(buttons, 3);
	}

	List<BorderMarker> markers(String communeId) {
		return this.areas.markers(communeId);
	}

	Reply summary(Conversation conversation, Sender sender) {
		String place = this.areas.area(conversation.text("area"))
			.map((area) -> area.name(sender.language()))
			.orElse("?");
		if (conversation.text("markerNumber") != null) {
			place = place + " · " + conversation.text("markerNumber");
		}
		Object description = (conversation.text("description") != null) ? conversation.text("description")
				: Text.of("incident.voice-note");
		Text text = Text.of("incident.summary", "category",
				Text.of(Category.of(conversation.text("category")).orElseThrow().key()), "description", description,
				"place", place, "photos", conversation.list("photos").size(), "urgent",
				conversation.flag("urgent") ? "yes" : "no", "anonymous", conversation.flag("anonymous") ? "yes" : "no");
		return Reply.message(text, Keyboard.of(List.of(button("incident.confirm", "ok", "")),
				List.of(button("incident.edit", "edit", ""), button("incident.cancel", "cancel", ""))));
	}

	/**
	 * Open reports like this one: the person can join one instead of making a duplicate.
	 */
	Reply sameProblem(List<org.danvan.incident.Incident> similar) {
		List<Text> lines = similar.stream()
			.map((incident) -> Text.of("incident.same.line", "code", incident.code(), "status",
					Text.of(incident.status().key()), "date", java.util.Date.from(incident.createdAt())))
			.toList();
		List<List<Button>> rows = new ArrayList<>();
		for (org.danvan.incident.Incident incident : similar) {
			rows.add(List.of(Button.of(Text.of("incident.same.button", "code", incident.code()),
					CallbackData.of(PREFIX, "same", incident.code()))));
		}
		rows.add(List.of(button("incident.same.different", "diff", "")));
		return Reply.message(Text.of("incident.same.ask", "lines", lines), new Keyboard(rows));
	}

	static Button button(String key, String action, String arg) {
		return Button.of(Text.of(key), CallbackData.of(PREFIX, action, arg));
	}

}
