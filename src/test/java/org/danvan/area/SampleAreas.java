package org.danvan.area;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Map layers of the sample area file ({@code config/areas.yml}), drawn without a
 * database: the same villages, markers and routes the bot draws.
 */
public final class SampleAreas {

	private static final AreaFileReader.Contents CONTENTS = AreaFileReader.read(Path.of("config/areas.yml"),
			"Asia/Ho_Chi_Minh");

	private SampleAreas() {
	}

	/** The layer of {@code root} and everything beneath it, named in {@code language}. */
	public static MapLayer layer(String root, String language) {
		List<AreaMap.Place> villages = CONTENTS.areas()
			.stream()
			.filter((area) -> area.isVillage() && area.path().contains(root))
			.map((area) -> new AreaMap.Place(area.name(language), area.location()))
			.toList();
		List<BorderMarker> markers = CONTENTS.markers()
			.stream()
			.filter((marker) -> marker.path().contains(root) && marker.location() != null)
			.toList();
		Map<RoadSegment, List<GeoPoint>> roads = new LinkedHashMap<>();
		CONTENTS.roads()
			.stream()
			.filter((road) -> road.path().contains(root))
			.forEach((road) -> roads.put(road, MapLayer.route(road, SampleAreas::marker)));
		return new MapLayer(villages, markers, roads);
	}

	public static List<RoadSegment> roads(String root) {
		return CONTENTS.roads().stream().filter((road) -> road.path().contains(root)).toList();
	}

	private static Optional<BorderMarker> marker(String id) {
		return CONTENTS.markers().stream().filter((marker) -> marker.id().equals(id)).findFirst();
	}

}
