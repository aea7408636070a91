package org.danvan.area;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The area feature's public face: the tree of areas, loaded from its file (see
 * {@link AreaSource}) into the database at start-up and held in memory (it is small and
 * changes only with the file).
 */
@Service
public class AreaManagement {

	private static final Logger log = LoggerFactory.getLogger(AreaManagement.class);

	private final Map<String, Area> areas;

	private final Map<String, List<Area>> children;

	private final List<BorderMarker> markers;

	private final List<RoadSegment> roads;

	private final Map<String, BorderMarker> markersById;

	private final Map<String, RoadSegment> roadsById;

	AreaManagement(AreaSettings settings, AreaStore store) {
		AreaSource source = AreaSource.of(settings);
		AreaFileReader.Contents contents = source.read(settings.defaultTimeZone());
		int written = store.sync(contents);
		this.areas = contents.areas()
			.stream()
			.collect(Collectors.toMap(Area::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.children = contents.areas()
			.stream()
			.filter((area) -> area.parentId() != null)
			.collect(Collectors.groupingBy(Area::parentId, LinkedHashMap::new, Collectors.toList()));
		this.markers = contents.markers();
		this.roads = contents.roads();
		this.markersById = this.markers.stream().collect(Collectors.toMap(BorderMarker::id, Function.identity()));
		this.roadsById = this.roads.stream().collect(Collectors.toMap(RoadSegment::id, Function.identity()));
		log.info("Loaded {} areas, {} border markers and {} road segments from {} ({} documents written)",
				this.areas.size(), this.markers.size(), this.roads.size(), source.description(), written);
	}

	public Optional<Area> area(String id) {
		return Optional.ofNullable((id != null) ? this.areas.get(id) : null);
	}

	public List<Area> provinces() {
		return this.areas.values().stream().filter((area) -> area.parentId() == null).toList();
	}

	public List<Area> children(String id) {
		return this.children.getOrDefault(id, List.of());
	}

	/** Whether {@code id} is {@code ancestorId} or lies beneath it. */
	public boolean isWithin(String id, String ancestorId) {
		Area area = this.areas.get(id);
		return area != null && area.path().contains(ancestorId);
	}

	/** The area and every area beneath it. */
	public List<Area> within(String id) {
		return this.areas.values().stream().filter((area) -> area.path().contains(id)).toList();
	}

	public List<Area> villages(String within) {
		return this.areas.values().stream().filter((a) -> a.isVillage() && a.path().contains(within)).toList();
	}

	public List<BorderMarker> markers(String within) {
		return this.markers.stream().filter((marker) -> marker.path().contains(within)).toList();
	}

	public Optional<BorderMarker> marker(String id) {
		return Optional.ofNullable((id != null) ? this.markersById.get(id) : null);
	}

	public Optional<RoadSegment> road(String id) {
		return Optional.ofNullable((id != null) ? this.roadsById.get(id) : null);
	}

	public List<RoadSegment> roads(String within) {
		return this.roads.stream().filter((road) -> road.path().contains(within)).toList();
	}

	public ZoneId timeZone(String areaId) {
		return area(areaId).map((area) -> ZoneId.of(area.timeZone())).orElse(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	/** The village whose centre is nearest, with its distance in km. */
	public Optional<Nearest> nearestVillage(GeoPoint point) {
		return this.areas.values()
			.stream()
			.filter(Area::isVillage)
			.map((village) -> new Nearest(village, village.location().kmTo(point)))
			.min(Comparator.comparingDouble(Nearest::km));
	}

	/** A village and how far it is. */
	public record Nearest(Area village, double km) {

	}

}
