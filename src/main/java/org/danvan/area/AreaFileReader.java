package org.danvan.area;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code config/areas.yml}, refusing unknown fields, duplicate or malformed ids,
 * levels out of order and villages without a location, and flattens it into documents
 * with their paths and totals.
 */
final class AreaFileReader {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,23}");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final String defaultTimeZone;

	private final List<Area> areas = new ArrayList<>();

	private final List<BorderMarker> markers = new ArrayList<>();

	private final List<RoadSegment> roads = new ArrayList<>();

	private final Set<String> ids = new HashSet<>();

	private AreaFileReader(String defaultTimeZone) {
		this.defaultTimeZone = defaultTimeZone;
	}

	/** What the file describes, ready to store. */
	record Contents(List<Area> areas, List<BorderMarker> markers, List<RoadSegment> roads) {

	}

	static Contents read(Path file, String defaultTimeZone) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, defaultTimeZone);
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Cannot read the area file " + file.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

	static Contents read(InputStream in, String defaultTimeZone) {
		AreaFile file;
		try {
			file = YAML.readValue(in, AreaFile.class);
		}
		catch (JacksonException ex) {
			String line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
					? " (line " + ex.getLocation().getLineNr() + ")" : "";
			throw new IllegalStateException(ex.getOriginalMessage() + line, ex);
		}
		if (file == null || file.areas() == null || file.areas().isEmpty()) {
			throw new IllegalStateException("The area file lists no areas");
		}
		AreaFileReader reader = new AreaFileReader(defaultTimeZone);
		for (AreaFile.Node province : file.areas()) {
			reader.visit(province, null, List.of(), province.timeZone(), province.defaultLanguage());
		}
		reader.checkRoutes();
		return new Contents(List.copyOf(reader.areas), List.copyOf(reader.markers), List.copyOf(reader.roads));
	}

	private Totals visit(AreaFile.Node node, AreaFile.Node parent, List<String> above, String timeZone,
			String language) {
		check(node, parent);
		List<String> path = new ArrayList<>(above);
		path.add(node.id());
		String zone = (timeZone != null) ? timeZone : this.defaultTimeZone;
		String areaLanguage = (node.defaultLanguage() != null) ? node.defaultLanguage() : language;
		Totals totals = own(node, path);
		int index = this.areas.size();
		this.areas.add(null);
		for (AreaFile.Node child : node.children()) {
			totals = totals.plus(visit(child, node, path, zone, areaLanguage));
		}
		List<Area.Post> posts = node.posts()
			.stream()
			.map((post) -> new Area.Post(unique(post.id()), names(post.name(), post.id())))
			.toList();
		this.areas.set(index,
				new Area(node.id(), node.level(), (parent != null) ? parent.id() : null, List.copyOf(path),
						names(node.name(), node.id()), zone, areaLanguage,
						(node.languages() != null) ? List.copyOf(node.languages()) : List.of(), node.location(), posts,
						totals.markers(), Math.round(totals.km() * 1000) / 1000.0, false, index));
		return totals;
	}

	private Totals own(AreaFile.Node node, List<String> path) {
		double km = 0;
		for (AreaFile.Road road : node.roads()) {
			if (road.km() <= 0) {
				throw new IllegalStateException("Road " + road.id() + " needs a length in km");
			}
			unique(road.id());
			names(road.name(), road.id());
			this.roads.add(RoadSegment.of(road, node.id(), List.copyOf(path)));
			km += road.km();
		}
		for (AreaFile.Marker marker : node.markers()) {
			if (marker.number() == null || marker.number().isBlank()) {
				throw new IllegalStateException("A marker of " + node.id() + " has no number");
			}
			String id = BorderMarker.id(path.get(0), marker.number());
			if (!this.ids.add(id)) {
				throw new IllegalStateException("Marker " + marker.number() + " appears twice in " + path.get(0));
			}
			this.markers.add(new BorderMarker(id, marker.number().trim(), node.id(), List.copyOf(path),
					marker.location(), false));
		}
		return new Totals(node.markers().size(), km);
	}

	/**
	 * A road's {@code along} names at least two markers of its province that have a
	 * location.
	 */
	private void checkRoutes() {
		Map<String, BorderMarker> markers = new java.util.HashMap<>();
		this.markers.forEach((marker) -> markers.put(marker.id(), marker));
		for (RoadSegment road : this.roads) {
			if (road.along().size() == 1) {
				throw new IllegalStateException("Road " + road.id() + " runs along one marker: name two or more");
			}
			for (String number : road.along()) {
				BorderMarker marker = markers.get(BorderMarker.id(road.path().get(0), number));
				if (marker == null || marker.location() == null) {
					throw new IllegalStateException("Road " + road.id() + " runs along marker " + number
							+ ", which is not a marker of " + road.path().get(0) + " with a location");
				}
			}
		}
	}

	private void check(AreaFile.Node node, AreaFile.Node parent) {
		unique(node.id());
		if (node.level() == null) {
			throw new IllegalStateException("Area " + node.id() + " needs a level");
		}
		if (parent == null && node.level() != Level.PROVINCE) {
			throw new IllegalStateException("Area " + node.id() + " is at the top, so it must be a province");
		}
		if (parent != null && node.level().ordinal() <= parent.level().ordinal()) {
			throw new IllegalStateException("Area " + node.id() + " (" + node.level() + ") cannot sit under "
					+ parent.id() + " (" + parent.level() + ")");
		}
		if (node.level() == Level.VILLAGE && node.location() == null) {
			throw new IllegalStateException("Village " + node.id() + " needs a location");
		}
	}

	private String unique(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalStateException("Bad id '" + id + "': use a-z, 0-9 and '-', at most 24 characters");
		}
		if (!this.ids.add(id)) {
			throw new IllegalStateException("The id " + id + " is used twice");
		}
		return id;
	}

	private static Map<String, String> names(Map<String, String> names, String id) {
		if (names == null || names.get("vi") == null || names.get("vi").isBlank()) {
			throw new IllegalStateException(id + " needs a Vietnamese name (name: {vi: ...})");
		}
		return Map.copyOf(names);
	}

	private record Totals(int markers, double km) {

		Totals plus(Totals other) {
			return new Totals(this.markers + other.markers, this.km + other.km);
		}

	}

}
