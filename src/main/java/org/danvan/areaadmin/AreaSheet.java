package org.danvan.areaadmin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.area.AreaChange;
import org.danvan.area.AreaEdits;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.GeoPoint;
import org.danvan.area.RoadSegment;
import org.danvan.shared.Spreadsheet;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The tree as a spreadsheet, a row per area, marker and road, and a spreadsheet read back
 * as changes: a new id is added, a changed name or number is changed, {@code yes} under
 * {@code retired} retires; a row left out changes nothing. Each row goes through the same
 * checks as a change made in the chat.
 */
@Component
class AreaSheet {

	static final List<String> HEADER = List.of("kind", "id", "parent", "level", "number", "name_vi", "name_en", "lat",
			"lon", "km", "retired");

	static final int MAX_ROWS = 5000;

	private final AreaManagement areas;

	private final AreaAccess access;

	AreaSheet(AreaManagement areas, AreaAccess access) {
		this.areas = areas;
		this.access = access;
	}

	/** What one row of the file came to. */
	record Line(int number, List<AreaChange> changes) {

	}

	byte[] export(Area root) {
		List<List<Object>> rows = new ArrayList<>();
		for (Area area : this.areas.within(root.id())) {
			if (!area.retired()) {
				rows.add(List.of("area", area.id(), nullToEmpty(area.parentId()),
						area.level().name().toLowerCase(Locale.ROOT), "", area.name().getOrDefault("vi", ""),
						area.name().getOrDefault("en", ""), lat(area.location()), lon(area.location()), "", "no"));
			}
		}
		for (BorderMarker marker : this.areas.markers(root.id())) {
			rows.add(List.of("marker", marker.id(), marker.areaId(), "", marker.number(), "", "",
					lat(marker.location()), lon(marker.location()), "", "no"));
		}
		for (RoadSegment road : this.areas.roads(root.id())) {
			rows.add(List.of("road", road.id(), road.areaId(), "", "", road.name().getOrDefault("vi", ""),
					road.name().getOrDefault("en", ""), "", "", road.km(), "no"));
		}
		return Spreadsheet.write(HEADER, rows);
	}

	/**
	 * Applies the file's rows with these edits (a rehearsal for the preview, the real
	 * ones to apply), a line per row of the file.
	 */
	List<Line> apply(List<List<String>> file, AreaEdits edits, Sender sender) {
		List<String> header = file.get(0).stream().map((cell) -> cell.strip().toLowerCase(Locale.ROOT)).toList();
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < file.size() && i <= MAX_ROWS; i++) {
			Map<String, String> row = new HashMap<>();
			for (int c = 0; c < header.size() && c < file.get(i).size(); c++) {
				row.put(header.get(c), file.get(i).get(c).strip());
			}
			List<AreaChange> changes;
			try {
				changes = row(row, edits, sender);
			}
			catch (IllegalArgumentException ex) {
				changes = List.of(new AreaChange("format", String.join(", ", file.get(i)), null));
			}
			lines.add(new Line(i + 1, changes));
		}
		return lines;
	}

	private List<AreaChange> row(Map<String, String> row, AreaEdits edits, Sender sender) {
		String id = row.getOrDefault("id", "");
		String parent = row.getOrDefault("parent", "");
		boolean retire = "yes".equalsIgnoreCase(row.getOrDefault("retired", ""));
		String kind = row.getOrDefault("kind", "").toLowerCase(Locale.ROOT);
		return switch (kind) {
			case "area" -> area(edits.area(id), row, id, parent, retire, edits, sender);
			case "marker" ->
				marker(id.isEmpty() ? Optional.empty() : edits.marker(id), row, parent, retire, edits, sender);
			case "road" -> road(edits.road(id), row, id, parent, edits, sender);
			default -> List.of(refused("kind", kind));
		};
	}

	private List<AreaChange> area(Optional<Area> existing, Map<String, String> row, String id, String parent,
			boolean retire, AreaEdits edits, Sender sender) {
		String vi = row.getOrDefault("name_vi", "");
		String en = row.getOrDefault("name_en", "");
		List<AreaChange> changes = new ArrayList<>();
		if (existing.isPresent()) {
			if (!this.access.may(sender, existing.get())) {
				return List.of(refused("not_yours", id));
			}
			if (!vi.isEmpty() && !vi.equals(existing.get().name().get("vi"))) {
				changes.add(edits.rename(id, "vi", vi));
			}
			if (!en.isEmpty() && !en.equals(existing.get().name().get("en"))) {
				changes.add(edits.rename(id, "en", en));
			}
			if (retire && !existing.get().retired()) {
				changes.add(edits.retireArea(id));
			}
			return changes;
		}
		Optional<Area> above = edits.area(parent);
		if (above.isEmpty() || !this.access.may(sender, above.get())) {
			return List.of(refused(above.isEmpty() ? "retired" : "not_yours", parent));
		}
		String level = row.getOrDefault("level", "").toLowerCase(Locale.ROOT);
		if (!AreaEdits.below(above.get()).map((l) -> l.name().toLowerCase(Locale.ROOT).equals(level)).orElse(false)) {
			return List.of(refused("level", level));
		}
		AreaChange added = edits.addArea(parent, id, vi, point(row));
		changes.add(added);
		if (added.isDone() && !en.isEmpty()) {
			changes.add(edits.rename(id, "en", en));
		}
		return changes;
	}

	private List<AreaChange> marker(Optional<BorderMarker> existing, Map<String, String> row, String parent,
			boolean retire, AreaEdits edits, Sender sender) {
		String number = row.getOrDefault("number", "");
		if (existing.isPresent()) {
			BorderMarker marker = existing.get();
			if (edits.area(marker.areaId()).filter((a) -> this.access.may(sender, a)).isEmpty()) {
				return List.of(refused("not_yours", marker.id()));
			}
			List<AreaChange> changes = new ArrayList<>();
			if (!number.isEmpty() && !number.equals(marker.number())) {
				changes.add(edits.renumber(marker.id(), number));
			}
			if (retire && !marker.retired()) {
				changes.add(edits.retireMarker(marker.id()));
			}
			return changes;
		}
		if (edits.area(parent).filter((a) -> this.access.may(sender, a)).isEmpty()) {
			return List.of(refused("not_yours", parent));
		}
		return List.of(edits.addMarker(parent, number, point(row)));
	}

	private List<AreaChange> road(Optional<RoadSegment> existing, Map<String, String> row, String id, String parent,
			AreaEdits edits, Sender sender) {
		double km = Double.parseDouble(row.getOrDefault("km", "").replace(',', '.'));
		if (existing.isPresent()) {
			return (existing.get().km() == km && !"yes".equalsIgnoreCase(row.getOrDefault("retired", ""))) ? List.of()
					: List.of(refused("road_fixed", id));
		}
		if (edits.area(parent).filter((a) -> this.access.may(sender, a)).isEmpty()) {
			return List.of(refused("not_yours", parent));
		}
		return List.of(edits.addRoad(parent, id, row.getOrDefault("name_vi", ""), km));
	}

	private static GeoPoint point(Map<String, String> row) {
		String lat = row.getOrDefault("lat", "");
		String lon = row.getOrDefault("lon", "");
		if (lat.isEmpty() && lon.isEmpty()) {
			return null;
		}
		return new GeoPoint(Double.parseDouble(lat.replace(',', '.')), Double.parseDouble(lon.replace(',', '.')));
	}

	private static AreaChange refused(String reason, String detail) {
		return new AreaChange(reason, detail, null);
	}

	private static Object lat(GeoPoint point) {
		return (point != null) ? point.lat() : "";
	}

	private static Object lon(GeoPoint point) {
		return (point != null) ? point.lon() : "";
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
