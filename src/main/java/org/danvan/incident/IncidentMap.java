package org.danvan.incident;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.danvan.area.GeoPoint;

/**
 * The open incidents of an officer's areas drawn over their villages and border markers,
 * with no map tiles (nothing to fetch over a village network): places projected from
 * their coordinates, a pin per incident coloured by category, a red ring when urgent, and
 * a legend. Sized to be read on a small phone screen.
 */
final class IncidentMap {

	static final int WIDTH = 1000;

	static final int MAP_HEIGHT = 860;

	static final Color URGENT = new Color(0xd6, 0x27, 0x28);

	static final Map<Category, Color> COLOURS = new EnumMap<>(
			Map.of(Category.BORDER_SECURITY, new Color(0x1f, 0x3a, 0x93), Category.MARKER, new Color(0x6a, 0x3d, 0x9a),
					Category.FIRE, new Color(0xff, 0x7f, 0x0e), Category.FLOOD, new Color(0x1f, 0x9b, 0xe0),
					Category.HEALTH, new Color(0x2c, 0xa0, 0x2c), Category.ROAD, new Color(0x8c, 0x56, 0x4b),
					Category.ENVIRONMENT, new Color(0x17, 0xbe, 0xcf), Category.PUBLIC_ORDER,
					new Color(0xe3, 0x77, 0xc2), Category.OTHER, new Color(0x7f, 0x7f, 0x7f)));

	private static final int MARGIN = 60;

	private static final int LEGEND_ROW = 34;

	private IncidentMap() {
	}

	/** A village and its name in the reader's language. */
	record Place(String label, GeoPoint point) {

	}

	/** An incident's pin. */
	record Pin(GeoPoint point, Category category, boolean urgent) {

	}

	/**
	 * What the legend says: the name of each category shown, and what the red ring means.
	 */
	record Legend(String title, Map<Category, String> categories, String urgent) {

	}

	/** Where a point lands on the picture. */
	record Projection(double minLat, double minLon, double scale, double cosLat, double offsetX, double offsetY) {

		static Projection fitting(List<GeoPoint> points) {
			double minLat = points.stream().mapToDouble(GeoPoint::lat).min().orElse(0);
			double maxLat = points.stream().mapToDouble(GeoPoint::lat).max().orElse(0);
			double minLon = points.stream().mapToDouble(GeoPoint::lon).min().orElse(0);
			double maxLon = points.stream().mapToDouble(GeoPoint::lon).max().orElse(0);
			double cosLat = Math.cos(Math.toRadians((minLat + maxLat) / 2));
			double width = Math.max((maxLon - minLon) * cosLat, 0.01);
			double height = Math.max(maxLat - minLat, 0.01);
			double scale = Math.min((WIDTH - 2 * MARGIN) / width, (MAP_HEIGHT - 2 * MARGIN) / height);
			double offsetX = (WIDTH - ((maxLon - minLon) * cosLat) * scale) / 2;
			double offsetY = (MAP_HEIGHT - (maxLat - minLat) * scale) / 2;
			return new Projection(minLat, minLon, scale, cosLat, offsetX, offsetY + (maxLat - minLat) * scale);
		}

		double x(GeoPoint point) {
			return this.offsetX + (point.lon() - this.minLon) * this.cosLat * this.scale;
		}

		double y(GeoPoint point) {
			return this.offsetY - (point.lat() - this.minLat) * this.scale;
		}

	}

	static byte[] draw(List<Place> villages, List<GeoPoint> markers, List<Pin> pins, Legend legend) {
		List<GeoPoint> points = new ArrayList<>();
		villages.forEach((village) -> points.add(village.point()));
		points.addAll(markers);
		pins.forEach((pin) -> points.add(pin.point()));
		Projection projection = Projection.fitting(points);
		List<Category> shown = pins.stream().map(Pin::category).distinct().sorted().toList();
		int height = MAP_HEIGHT + LEGEND_ROW * (shown.size() + 2);
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(0xf4, 0xf1, 0xe8));
			g.fillRect(0, 0, WIDTH, MAP_HEIGHT);
			g.setColor(Color.WHITE);
			g.fillRect(0, MAP_HEIGHT, WIDTH, height - MAP_HEIGHT);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
			g.setColor(Color.DARK_GRAY);
			g.drawString(legend.title(), 20, 38);
			g.setColor(new Color(0x55, 0x55, 0x55));
			for (GeoPoint marker : markers) {
				int x = (int) projection.x(marker);
				int y = (int) projection.y(marker);
				g.fillPolygon(new Polygon(new int[] { x, x + 6, x, x - 6 }, new int[] { y - 6, y, y + 6, y }, 4));
			}
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
			for (Place village : villages) {
				double x = projection.x(village.point());
				double y = projection.y(village.point());
				g.setColor(Color.GRAY);
				g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
				g.setColor(Color.BLACK);
				g.drawString(village.label(), (float) x + 9, (float) y - 8);
			}
			for (Pin pin : pins) {
				drawPin(g, projection.x(pin.point()), projection.y(pin.point()), pin.category(), pin.urgent());
			}
			int y = MAP_HEIGHT + LEGEND_ROW;
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
			for (Category category : shown) {
				drawPin(g, 32, y - 8, category, false);
				g.setColor(Color.BLACK);
				g.drawString(legend.categories().getOrDefault(category, category.name()), 56, y);
				y += LEGEND_ROW;
			}
			drawPin(g, 32, y - 8, Category.OTHER, true);
			g.setColor(Color.BLACK);
			g.drawString(legend.urgent(), 56, y);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	private static void drawPin(Graphics2D g, double x, double y, Category category, boolean urgent) {
		if (urgent) {
			g.setColor(URGENT);
			g.setStroke(new BasicStroke(5));
			g.draw(new Ellipse2D.Double(x - 19, y - 19, 38, 38));
		}
		g.setColor(COLOURS.get(category));
		g.fill(new Ellipse2D.Double(x - 12, y - 12, 24, 24));
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(2));
		g.draw(new Ellipse2D.Double(x - 12, y - 12, 24, 24));
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
