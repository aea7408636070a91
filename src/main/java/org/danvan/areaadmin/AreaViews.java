package org.danvan.areaadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.danvan.area.Area;
import org.danvan.area.AreaEdits;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.Level;
import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/** The cards of {@code /areas}: an area with what it holds, its markers, one marker. */
@Component
class AreaViews {

	static final String PREFIX = "ar";

	private static final int MAX_MARKERS = 60;

	private final AreaManagement areas;

	private final AreaAccess access;

	private final Languages languages;

	AreaViews(AreaManagement areas, AreaAccess access, Languages languages) {
		this.areas = areas;
		this.access = access;
		this.languages = languages;
	}

	Reply roots(List<Area> roots, Sender sender) {
		List<Button> buttons = roots.stream().map((area) -> open(area, sender)).toList();
		return Reply.message(Text.of("areas.choose"), Keyboard.grid(buttons, 2));
	}

	/**
	 * The area with its defaults and totals, its areas beneath as buttons, and what to
	 * do.
	 */
	Reply card(Area area, Sender sender, Reply.Kind kind) {
		String language = sender.language();
		String posts = String.join(", ", area.posts().stream().map((post) -> post.name(language)).toList());
		Text text = Text.of("areas.card", "name", area.name(language), "level", level(area.level()), "id", area.id(),
				"zone", area.timeZone(), "language", language(area), "posts", posts.isEmpty() ? "—" : posts, "markers",
				area.markerCount(), "km", area.roadKm(), "children", this.areas.children(area.id()).size());
		List<List<Button>> rows = new ArrayList<>(
				Keyboard.grid(this.areas.children(area.id()).stream().map((child) -> open(child, sender)).toList(), 2)
					.rows());
		List<Button> change = new ArrayList<>();
		AreaEdits.below(area)
			.ifPresent((below) -> change
				.add(Button.of(Text.of("areas.add", "level", level(below)), data("add", area.id()))));
		change.add(Button.of(Text.of("areas.rename"), data("ren", area.id())));
		if (area.parentId() != null) {
			change.add(Button.of(Text.of("areas.retire"), data("ret", area.id())));
		}
		rows.add(change);
		if (area.level().compareTo(Level.COMMUNE) >= 0) {
			rows.add(List.of(Button.of(Text.of("areas.markers", "count", area.markerCount()), data("mk", area.id())),
					Button.of(Text.of("areas.add-marker"), data("madd", area.id())),
					Button.of(Text.of("areas.add-road"), data("radd", area.id()))));
		}
		rows.add(List.of(Button.of(Text.of("areas.language"), data("lang", area.id())),
				Button.of(Text.of("areas.time-zone"), data("tz", area.id())),
				Button.of(Text.of("areas.add-post"), data("post", area.id()))));
		rows.add(List.of(Button.of(Text.of("areas.export"), data("csv", area.id())),
				Button.of(Text.of("areas.import"), data("imp", area.id()))));
		if (area.parentId() != null && this.access.may(sender, area.parentId())) {
			rows.add(List.of(Button.of(Text.of("areas.up"), data("open", area.parentId()))));
		}
		return (kind == Reply.Kind.EDIT) ? Reply.edit(text, new Keyboard(rows))
				: Reply.message(text, new Keyboard(rows));
	}

	Reply markers(Area area, Sender sender) {
		List<BorderMarker> markers = this.areas.markers(area.id());
		List<Button> buttons = markers.stream()
			.limit(MAX_MARKERS)
			.map((marker) -> Button.of(Text.literal(marker.number()), data("m", marker.id())))
			.toList();
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, 4).rows());
		rows.add(List.of(Button.of(Text.of("areas.back"), data("open", area.id()))));
		return Reply.edit(Text.of("areas.markers.list", "name", area.name(sender.language()), "count", markers.size()),
				new Keyboard(rows));
	}

	Reply marker(BorderMarker marker, Sender sender) {
		String place = this.areas.area(marker.areaId()).map((a) -> a.name(sender.language())).orElse(marker.areaId());
		return Reply.edit(Text.of("areas.marker", "number", marker.number(), "area", place, "id", marker.id()),
				Keyboard.of(
						List.of(Button.of(Text.of("areas.renumber"), data("mren", marker.id())),
								Button.of(Text.of("areas.retire"), data("mret", marker.id()))),
						List.of(Button.of(Text.of("areas.back"), data("mk", marker.areaId())))));
	}

	Reply languages(Area area, Sender sender) {
		List<Button> buttons = this.languages.supported()
			.stream()
			.map((tag) -> Button.of(Text.literal(Languages.ownName(tag)), data("setl", area.id() + "." + tag)))
			.toList();
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, 2).rows());
		rows.add(List.of(Button.of(Text.of("areas.back"), data("open", area.id()))));
		return Reply.edit(
				Text.of("areas.choose-language", "name", area.name(sender.language()), "language", language(area)),
				new Keyboard(rows));
	}

	/** Asks before retiring: the area, or a marker ({@code mrety}). */
	Reply confirmRetire(String what, String confirm, String id, String back) {
		return Reply.edit(Text.of("areas.retire.confirm", "name", what),
				Keyboard.of(List.of(Button.of(Text.of("areas.retire.yes"), data(confirm, id)),
						Button.of(Text.of("areas.back"), data("open", back)))));
	}

	private static String language(Area area) {
		return (area.defaultLanguage() != null) ? Languages.ownName(area.defaultLanguage()) : "—";
	}

	static Text level(Level level) {
		return Text.of("areas.level", "level", level.name().toLowerCase(Locale.ROOT));
	}

	static CallbackData data(String action, String arg) {
		return CallbackData.of(PREFIX, action, arg);
	}

	private static Button open(Area area, Sender sender) {
		return Button.of(Text.literal(area.name(sender.language())), data("open", area.id()));
	}

}
