package org.danvan.enrollment.bot;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.danvan.area.AreaMap;
import org.danvan.area.BorderMarker;
import org.danvan.area.MapLayer;
import org.danvan.area.RoadSegment;

/**
 * Who looks after the border of an area, over the area map: each marker and road drawn
 * walked this week (an "all clear" patrol), covered by a self-managed group, or not
 * covered.
 */
final class CoverageMap {

	/** How a marker or road is looked after. */
	enum State {

		WALKED(new Color(0x1f, 0x5f, 0xbf), 9, "enrollment.map.walked"),
		COVERED(new Color(0x2c, 0xa0, 0x2c), 7, "enrollment.map.covered"),
		NOT_COVERED(new Color(0xd6, 0x27, 0x28), 4, "enrollment.map.not-covered");

		final Color colour;

		final float width;

		/** Its legend line's message key. */
		final String key;

		State(Color colour, float width, String key) {
			this.colour = colour;
			this.width = width;
			this.key = key;
		}

	}

	/** Marker and road ids looked after by some group, and those walked this week. */
	record Care(Set<String> covered, Set<String> walked) {

		State of(String id) {
			if (this.walked.contains(id)) {
				return State.WALKED;
			}
			return this.covered.contains(id) ? State.COVERED : State.NOT_COVERED;
		}

		long markers(Collection<BorderMarker> markers, State state) {
			return markers.stream().filter((marker) -> of(marker.id()) == state).count();
		}

		double km(Collection<RoadSegment> roads, State state) {
			return roads.stream().filter((road) -> of(road.id()) == state).mapToDouble(RoadSegment::km).sum();
		}

	}

	private CoverageMap() {
	}

	/**
	 * The map; {@code key} names a state in the legend and {@code listed} a road with no
	 * route on file.
	 */
	static byte[] draw(String title, MapLayer base, Care care, Function<State, String> key,
			Function<RoadSegment, String> listed) {
		List<AreaMap.Key> keys = java.util.Arrays.stream(State.values()).map((state) -> new AreaMap.Key((g, x, y) -> {
			AreaMap.roadSymbol(state.colour, state.width).draw(g, x - 6, y);
			AreaMap.markerSymbol(state.colour).draw(g, x + 18, y);
		}, key.apply(state))).toList();
		List<AreaMap.Road> roads = base.roads((road) -> care.of(road.id()).colour, (road) -> care.of(road.id()).width,
				listed);
		return AreaMap.draw(new AreaMap.Picture(title, base.villages(),
				base.markers((marker) -> care.of(marker.id()).colour), roads, List.of(), keys));
	}

}
