package org.danvan.access.bot;

import java.util.ArrayList;
import java.util.List;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;

import org.springframework.stereotype.Component;

/**
 * Buttons to find one's village by drilling down the area tree, a page at a time; levels
 * with a single area are skipped.
 */
@Component
class VillagePicker {

	static final String PREFIX = "vil";

	static final String TOP = "*";

	static final int PAGE_SIZE = 8;

	private final AreaManagement areas;

	VillagePicker(AreaManagement areas) {
		this.areas = areas;
	}

	/**
	 * The buttons for the areas under {@code areaId} ({@link #TOP} for the provinces).
	 */
	Keyboard keyboard(String areaId, int page, String language) {
		String shown = skipSingleChildren(areaId);
		List<Area> options = options(shown);
		int pages = Math.max(1, (options.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(0, page), pages - 1);
		List<Button> buttons = new ArrayList<>();
		for (Area area : options.subList(current * PAGE_SIZE, Math.min(options.size(), (current + 1) * PAGE_SIZE))) {
			String action = area.isVillage() ? "set" : "open";
			buttons.add(Button.of(Text.literal(area.name(language)), CallbackData.of(PREFIX, action, area.id())));
		}
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, 2).rows());
		List<Button> navigation = new ArrayList<>();
		if (current > 0) {
			navigation.add(Button.of(Text.of("picker.previous"),
					CallbackData.of(PREFIX, "open", shown + "." + (current - 1))));
		}
		String parent = parentOf(shown);
		if (parent != null) {
			navigation.add(Button.of(Text.of("picker.back"), CallbackData.of(PREFIX, "open", parent)));
		}
		if (current < pages - 1) {
			navigation
				.add(Button.of(Text.of("picker.next"), CallbackData.of(PREFIX, "open", shown + "." + (current + 1))));
		}
		if (!navigation.isEmpty()) {
			rows.add(navigation);
		}
		return new Keyboard(rows);
	}

	private List<Area> options(String areaId) {
		List<Area> options = TOP.equals(areaId) ? this.areas.provinces() : this.areas.children(areaId);
		return options.stream().filter((area) -> !area.retired()).toList();
	}

	private String skipSingleChildren(String areaId) {
		String current = areaId;
		List<Area> options = options(current);
		while (options.size() == 1 && !options.get(0).isVillage()) {
			current = options.get(0).id();
			options = options(current);
		}
		return current;
	}

	/** Where "back" goes: the nearest level above that offers a choice. */
	private String parentOf(String areaId) {
		if (TOP.equals(areaId)) {
			return null;
		}
		String parent = this.areas.area(areaId).map(Area::parentId).orElse(null);
		String target = (parent != null) ? parent : TOP;
		if (skipSingleChildren(target).equals(areaId)) {
			return TOP.equals(target) ? null : parentOf(target);
		}
		return target;
	}

}
