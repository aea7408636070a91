package org.danvan.area;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every map of some areas shows beneath its own overlay: their active villages named
 * in the reader's language, their markers that have a location, their roads with the
 * route each one has on file.
 *
 * @param villages the villages
 * @param markers the markers with a location
 * @param roads the roads and their routes (empty when not known)
 */
public record MapLayer(List<AreaMap.Place> villages, List<BorderMarker> markers,
		Map<RoadSegment, List<GeoPoint>> roads) {

	/** The layer of the areas {@code roots} and everything beneath them. */
	public static MapLayer of(AreaManagement areas, Collection<String> roots, String language) {
		List<AreaMap.Place> villages = new ArrayList<>();
		Map<String, BorderMarker> markers = new LinkedHashMap<>();
		Map<RoadSegment, List<GeoPoint>> roads = new LinkedHashMap<>();
		for (String root : roots) {
			for (Area village : areas.villages(root)) {
				if (!village.retired() && village.location() != null) {
					villages.add(new AreaMap.Place(village.name(language), village.location()));
				}
			}
			for (BorderMarker marker : areas.markers(root)) {
				if (marker.location() != null) {
					markers.put(marker.id(), marker);
				}
			}
			areas.roads(root).forEach((road) -> roads.put(road, areas.route(road)));
		}
		return new MapLayer(List.copyOf(villages), List.copyOf(markers.values()), roads);
	}

	/**
	 * Where the road runs, through the markers it passes; empty when fewer than two of
	 * them are known.
	 */
	static List<GeoPoint> route(RoadSegment road, Function<String, java.util.Optional<BorderMarker>> markers) {
		List<GeoPoint> route = road.along()
			.stream()
			.flatMap((number) -> markers.apply(BorderMarker.id(road.path().get(0), number)).stream())
			.map(BorderMarker::location)
			.filter(java.util.Objects::nonNull)
			.toList();
		return (route.size() >= 2) ? route : List.of();
	}

	/** The markers, each in its colour. */
	public List<AreaMap.Marker> markers(Function<BorderMarker, Color> colour) {
		return this.markers.stream()
			.map((marker) -> new AreaMap.Marker(marker.number(), marker.location(), colour.apply(marker)))
			.toList();
	}

	/**
	 * The roads, each in its colour and width; one with no route is listed as
	 * {@code listed} says.
	 */
	public List<AreaMap.Road> roads(Function<RoadSegment, Color> colour, Function<RoadSegment, Float> width,
			Function<RoadSegment, String> listed) {
		return this.roads.entrySet()
			.stream()
			.map((road) -> new AreaMap.Road(road.getValue().isEmpty() ? listed.apply(road.getKey()) : "",
					road.getValue(), colour.apply(road.getKey()), width.apply(road.getKey())))
			.toList();
	}

}
