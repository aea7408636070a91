package org.danvan.area;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The area feature's public face: the tree of areas as stored, held in memory as one
 * immutable view that every change replaces at once (it is small). At start-up the area
 * file (see {@link AreaSource}) seeds the database: it adds only the ids the database has
 * never had, so changes made in the bot win over the file. Lists of what can be picked
 * leave retired entries out; look-ups by id find them, for the records that point to
 * them.
 */
@Service
public class AreaManagement {

	private static final Logger log = LoggerFactory.getLogger(AreaManagement.class);

	private final AreaStore store;

	private volatile AreaTree tree;

	AreaManagement(AreaSettings settings, AreaStore store) {
		this.store = store;
		AreaSource source = AreaSource.of(settings);
		AreaFileReader.Contents contents = source.read(settings.defaultTimeZone());
		int added = store.seed(contents);
		this.tree = store.load();
		log.info(
				"Areas: {} new ids added from {} (bot edits win over the file); {} areas, {} border markers and "
						+ "{} road segments in use",
				added, source.description(), this.tree.active().count(), this.tree.activeMarkers(),
				this.tree.activeRoads());
	}

	/** Reads the stored tree again, after a change. */
	void refresh() {
		this.tree = this.store.load();
	}

	AreaTree tree() {
		return this.tree;
	}

	/** The area, retired or not. */
	public Optional<Area> area(String id) {
		return this.tree.area(id);
	}

	public List<Area> provinces() {
		return this.tree.provinces();
	}

	/** The active areas just beneath it. */
	public List<Area> children(String id) {
		return this.tree.children(id);
	}

	/** Whether {@code id} is {@code ancestorId} or lies beneath it. */
	public boolean isWithin(String id, String ancestorId) {
		return this.tree.isWithin(id, ancestorId);
	}

	/** The area and every area beneath it, retired ones too. */
	public List<Area> within(String id) {
		return this.tree.within(id);
	}

	/** The active villages of the area. */
	public List<Area> villages(String within) {
		return this.tree.villages(within);
	}

	/** The active markers of the area. */
	public List<BorderMarker> markers(String within) {
		return this.tree.markers(within);
	}

	/** The marker, retired or not. */
	public Optional<BorderMarker> marker(String id) {
		return this.tree.marker(id);
	}

	/** The road segment, retired or not. */
	public Optional<RoadSegment> road(String id) {
		return this.tree.road(id);
	}

	/** The active road segments of the area. */
	public List<RoadSegment> roads(String within) {
		return this.tree.roads(within);
	}

	/**
	 * Where the road runs, through the markers it passes; empty when its route is not
	 * known.
	 */
	public List<GeoPoint> route(RoadSegment road) {
		return MapLayer.route(road, this::marker);
	}

	public ZoneId timeZone(String areaId) {
		return area(areaId).map((area) -> ZoneId.of(area.timeZone())).orElse(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	/** The village whose centre is nearest, with its distance in km. */
	public Optional<Nearest> nearestVillage(GeoPoint point) {
		return this.tree.active()
			.filter(Area::isVillage)
			.map((village) -> new Nearest(village, village.location().kmTo(point)))
			.min(Comparator.comparingDouble(Nearest::km));
	}

	/** A village and how far it is. */
	public record Nearest(Area village, double km) {

	}

}
