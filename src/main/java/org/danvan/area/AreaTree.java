package org.danvan.area;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One immutable view of the stored tree, retired entries included (records point to
 * them), with every area's totals counted again from its active markers and roads. Lists
 * of what can be picked leave retired entries out.
 */
final class AreaTree {

	private final Map<String, Area> areas;

	private final Map<String, List<Area>> children;

	private final Map<String, BorderMarker> markers;

	private final Map<String, RoadSegment> roads;

	AreaTree(List<Area> stored, List<BorderMarker> markers, List<RoadSegment> roads) {
		Map<String, int[]> markerCounts = new HashMap<>();
		Map<String, double[]> km = new HashMap<>();
		markers.stream()
			.filter((marker) -> !marker.retired())
			.forEach((marker) -> marker.path()
				.forEach((id) -> markerCounts.computeIfAbsent(id, (k) -> new int[1])[0]++));
		roads.stream()
			.filter((road) -> !road.retired())
			.forEach((road) -> road.path()
				.forEach((id) -> km.computeIfAbsent(id, (k) -> new double[1])[0] += road.km()));
		this.areas = stored.stream()
			.sorted(Comparator.comparingInt(Area::rank))
			.map((area) -> area.withTotals(markerCounts.getOrDefault(area.id(), new int[1])[0],
					Math.round(km.getOrDefault(area.id(), new double[1])[0] * 1000) / 1000.0))
			.collect(Collectors.toMap(Area::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.children = this.areas.values()
			.stream()
			.filter((area) -> area.parentId() != null && !area.retired())
			.collect(Collectors.groupingBy(Area::parentId, LinkedHashMap::new, Collectors.toList()));
		this.markers = markers.stream()
			.sorted(Comparator.comparing(BorderMarker::number, AreaTree::byNumber))
			.collect(Collectors.toMap(BorderMarker::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.roads = roads.stream()
			.collect(Collectors.toMap(RoadSegment::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	Optional<Area> area(String id) {
		return Optional.ofNullable((id != null) ? this.areas.get(id) : null);
	}

	List<Area> provinces() {
		return active().filter((area) -> area.parentId() == null).toList();
	}

	List<Area> children(String id) {
		return this.children.getOrDefault(id, List.of());
	}

	boolean isWithin(String id, String ancestorId) {
		Area area = this.areas.get(id);
		return area != null && area.path().contains(ancestorId);
	}

	List<Area> within(String id) {
		return this.areas.values().stream().filter((area) -> area.path().contains(id)).toList();
	}

	List<Area> villages(String within) {
		return active().filter((a) -> a.isVillage() && a.path().contains(within)).toList();
	}

	List<BorderMarker> markers(String within) {
		return this.markers.values()
			.stream()
			.filter((marker) -> !marker.retired() && marker.path().contains(within))
			.toList();
	}

	Optional<BorderMarker> marker(String id) {
		return Optional.ofNullable((id != null) ? this.markers.get(id) : null);
	}

	Optional<RoadSegment> road(String id) {
		return Optional.ofNullable((id != null) ? this.roads.get(id) : null);
	}

	List<RoadSegment> roads(String within) {
		return this.roads.values().stream().filter((road) -> !road.retired() && road.path().contains(within)).toList();
	}

	Collection<Area> all() {
		return this.areas.values();
	}

	Collection<BorderMarker> allMarkers() {
		return this.markers.values();
	}

	Collection<RoadSegment> allRoads() {
		return this.roads.values();
	}

	Stream<Area> active() {
		return this.areas.values().stream().filter((area) -> !area.retired());
	}

	int nextRank() {
		return this.areas.values().stream().mapToInt(Area::rank).max().orElse(0) + 1;
	}

	/** Marker numbers in the order they stand on the border: 289, 290, 290/1, 1116. */
	static int byNumber(String a, String b) {
		int na = leadingNumber(a);
		int nb = leadingNumber(b);
		return (na != nb) ? Integer.compare(na, nb) : a.compareTo(b);
	}

	private static int leadingNumber(String number) {
		int end = 0;
		while (end < number.length() && end < 9 && Character.isDigit(number.charAt(end))) {
			end++;
		}
		return (end == 0) ? Integer.MAX_VALUE : Integer.parseInt(number.substring(0, end));
	}

	long activeMarkers() {
		return this.markers.values().stream().filter((marker) -> !marker.retired()).count();
	}

	long activeRoads() {
		return this.roads.values().stream().filter((road) -> !road.retired()).count();
	}

	/** Every id the tree has ever given out: areas, posts, markers and roads. */
	boolean knows(String id) {
		return this.areas.containsKey(id) || this.markers.containsKey(id) || this.roads.containsKey(id)
				|| this.areas.values()
					.stream()
					.flatMap((area) -> area.posts().stream())
					.anyMatch((p) -> p.id().equals(id));
	}

}
