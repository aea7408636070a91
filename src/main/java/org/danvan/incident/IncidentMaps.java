package org.danvan.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.GeoPoint;
import org.danvan.area.MapLayer;
import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.shared.Role;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.Upload;

import org.springframework.stereotype.Component;

/**
 * {@code /incidents map}: the open incidents of the officer's areas as a picture over
 * their villages and border markers, in the officer's language.
 */
@Component
class IncidentMaps {

	/** More pins than this would hide the villages; the list has them all. */
	static final int MAX_PINS = 300;

	private final IncidentManagement incidents;

	private final IncidentNotices notices;

	private final AreaManagement areas;

	private final Texts texts;

	IncidentMaps(IncidentManagement incidents, IncidentNotices notices, AreaManagement areas, Texts texts) {
		this.incidents = incidents;
		this.notices = notices;
		this.areas = areas;
		this.texts = texts;
	}

	Reply map(Sender sender) {
		String language = sender.language();
		List<String> roots = roots(sender);
		MapLayer base = MapLayer.of(this.areas, roots, language);
		IncidentManagement.Filter open = new IncidentManagement.Filter(IncidentsCommand.FILTERS.get("all"), null);
		IncidentManagement.Page page = this.incidents.openFor(sender, open, 0, MAX_PINS);
		List<IncidentMap.Pin> pins = new ArrayList<>();
		for (Incident incident : page.incidents()) {
			Optional<GeoPoint> point = this.notices.point(incident);
			point.ifPresent((p) -> pins.add(new IncidentMap.Pin(p, incident.category(), incident.urgent())));
		}
		if (base.villages().isEmpty() && pins.isEmpty()) {
			return Reply.message(Text.of("incident.map.empty"));
		}
		Map<Category, String> names = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			names.put(category, this.texts.plain(language, Text.of(category.key())));
		}
		String title = this.texts.plain(language, Text.of("incident.map.title", "count", page.total()));
		byte[] png = IncidentMap.draw(base, pins,
				new IncidentMap.Legend(title, names, this.texts.plain(language, Text.of("incident.map.urgent")),
						(road) -> this.texts.plain(language,
								Text.of("map.road.listed", "road", road.name(language), "km", road.km()))));
		long urgent = page.incidents().stream().filter(Incident::urgent).count();
		return Reply
			.message(Text.of("incident.map.caption", "count", page.total(), "urgent", urgent, "shown", pins.size()))
			.withUpload(Upload.photo("incidents-map.png", png));
	}

	/**
	 * The areas the map covers: where they are an officer or admin, or every province.
	 */
	private List<String> roots(Sender sender) {
		if (sender.isAdmin() && sender.areas(Role.ADMIN).isEmpty()) {
			return this.areas.provinces().stream().map(Area::id).toList();
		}
		Set<String> granted = new LinkedHashSet<>(sender.areas(Role.OFFICER));
		granted.addAll(sender.areas(Role.ADMIN));
		return List.copyOf(granted);
	}

}
