package org.danvan.incident;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.danvan.area.AreaMap;
import org.danvan.area.GeoPoint;
import org.danvan.area.MapLayer;
import org.danvan.area.RoadSegment;

/**
 * The open incidents of an officer's areas over the area map: a pin per incident coloured
 * by category, a red ring when urgent, and a legend of the categories shown.
 */
final class IncidentMap {

	static final Color URGENT = new Color(0xd6, 0x27, 0x28);

	static final Color ROAD = new Color(0xb0, 0xa8, 0x98);

	static final Map<Category, Color> COLOURS = new EnumMap<>(
			Map.of(Category.BORDER_SECURITY, new Color(0x1f, 0x3a, 0x93), Category.MARKER, new Color(0x6a, 0x3d, 0x9a),
					Category.FIRE, new Color(0xff, 0x7f, 0x0e), Category.FLOOD, new Color(0x1f, 0x9b, 0xe0),
					Category.HEALTH, new Color(0x2c, 0xa0, 0x2c), Category.ROAD, new Color(0x8c, 0x56, 0x4b),
					Category.ENVIRONMENT, new Color(0x17, 0xbe, 0xcf), Category.PUBLIC_ORDER,
					new Color(0xe3, 0x77, 0xc2), Category.OTHER, new Color(0x7f, 0x7f, 0x7f)));

	private IncidentMap() {
	}

	/** An incident's pin. */
	record Pin(GeoPoint point, Category category, boolean urgent) {

	}

	/**
	 * What the legend says: the name of each category shown, what the red ring means, how
	 * a road with no route on file is listed.
	 */
	record Legend(String title, Map<Category, String> categories, String urgent,
			Function<RoadSegment, String> listedRoad) {

	}

	static byte[] draw(MapLayer base, List<Pin> pins, Legend legend) {
		List<AreaMap.Key> keys = new ArrayList<>();
		pins.stream()
			.map(Pin::category)
			.distinct()
			.sorted()
			.forEach((category) -> keys.add(new AreaMap.Key((g, x, y) -> drawPin(g, x, y, category, false),
					legend.categories().getOrDefault(category, category.name()))));
		keys.add(new AreaMap.Key((g, x, y) -> drawPin(g, x, y, Category.OTHER, true), legend.urgent()));
		List<AreaMap.Pin> drawn = pins.stream()
			.map((pin) -> new AreaMap.Pin(pin.point(), (g, x, y) -> drawPin(g, x, y, pin.category(), pin.urgent())))
			.toList();
		return AreaMap.draw(new AreaMap.Picture(legend.title(), base.villages(), base.markers((m) -> AreaMap.GREY),
				base.roads((road) -> ROAD, (road) -> 5f, legend.listedRoad()), drawn, keys));
	}

	private static void drawPin(Graphics2D g, double x, double y, Category category, boolean urgent) {
		if (urgent) {
			g.setColor(URGENT);
			g.setStroke(new BasicStroke(5));
			g.draw(new Ellipse2D.Double(x - 19, y - 19, 38, 38));
		}
		g.setColor(COLOURS.get(category));
		g.fill(new Ellipse2D.Double(x - 13, y - 13, 26, 26));
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(2));
		g.draw(new Ellipse2D.Double(x - 13, y - 13, 26, 26));
	}

}
