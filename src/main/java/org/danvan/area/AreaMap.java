package org.danvan.area;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.danvan.shared.Fonts;

/**
 * An area drawn as a picture with no map tiles (nothing to fetch over a village network):
 * villages as labelled dots, border markers as small labelled diamonds, roads along their
 * markers, a frame, a scale bar, a title and a legend beneath. What a map adds on top
 * (incident pins, covered roads) comes in as colours, pins and legend keys. Sized to be
 * read on a small phone screen.
 */
public final class AreaMap {

	public static final int WIDTH = 1080;

	/** The tallest the map part gets; a wide area gets a lower one. */
	public static final int MAP_HEIGHT = 1200;

	static final int MIN_MAP_HEIGHT = 640;

	public static final Color BACKGROUND = new Color(0xf4, 0xf1, 0xe8);

	public static final Color GREY = new Color(0x60, 0x60, 0x60);

	static final int MARGIN = 80;

	static final int LEGEND_ROW = 44;

	static final float TITLE_SIZE = 32;

	static final float LABEL_SIZE = 24;

	static final float SMALL_SIZE = 19;

	private AreaMap() {
	}

	/** Draws a symbol centred on a point: a pin, a legend swatch. */
	@FunctionalInterface
	public interface Symbol {

		void draw(Graphics2D g, double x, double y);

	}

	/** A village and its name in the reader's language. */
	public record Place(String label, GeoPoint point) {

	}

	/** A border marker, its number and the colour it is drawn in. */
	public record Marker(String label, GeoPoint point, Color colour) {

	}

	/**
	 * A road through its points, in a colour and a width; with fewer than two points it
	 * has no known route and is listed beneath the legend as its label instead.
	 */
	public record Road(String label, List<GeoPoint> path, Color colour, float width) {

		public boolean drawn() {
			return this.path.size() >= 2;
		}

	}

	/** Something drawn on top at a point. */
	public record Pin(GeoPoint point, Symbol symbol) {

	}

	/** A legend line. */
	public record Key(Symbol symbol, String text) {

	}

	/** Everything on one map. */
	public record Picture(String title, List<Place> villages, List<Marker> markers, List<Road> roads, List<Pin> pins,
			List<Key> legend) {

	}

	/** Where a point lands on the picture: north up, east right, distances kept. */
	public record Projection(double minLat, double minLon, double scale, double cosLat, double offsetX, double offsetY,
			int height) {

		public static Projection fitting(List<GeoPoint> points) {
			double minLat = points.stream().mapToDouble(GeoPoint::lat).min().orElse(0);
			double maxLat = points.stream().mapToDouble(GeoPoint::lat).max().orElse(0);
			double minLon = points.stream().mapToDouble(GeoPoint::lon).min().orElse(0);
			double maxLon = points.stream().mapToDouble(GeoPoint::lon).max().orElse(0);
			double cosLat = Math.cos(Math.toRadians((minLat + maxLat) / 2));
			double width = Math.max((maxLon - minLon) * cosLat, 0.01);
			double height = Math.max(maxLat - minLat, 0.01);
			double scale = Math.min((WIDTH - 2 * MARGIN) / width, (MAP_HEIGHT - 2 * MARGIN) / height);
			int mapHeight = (int) Math.max(MIN_MAP_HEIGHT, Math.ceil(height * scale + 2 * MARGIN));
			double offsetX = (WIDTH - ((maxLon - minLon) * cosLat) * scale) / 2;
			double offsetY = (mapHeight - (maxLat - minLat) * scale) / 2;
			return new Projection(minLat, minLon, scale, cosLat, offsetX, offsetY + (maxLat - minLat) * scale,
					mapHeight);
		}

		public double x(GeoPoint point) {
			return this.offsetX + (point.lon() - this.minLon) * this.cosLat * this.scale;
		}

		public double y(GeoPoint point) {
			return this.offsetY - (point.lat() - this.minLat) * this.scale;
		}

		/** Pixels per km on the ground. */
		double pixelsPerKm() {
			return this.scale / 111.195;
		}

	}

	/** Every point the picture has to show. */
	public static List<GeoPoint> points(Picture picture) {
		List<GeoPoint> points = new ArrayList<>();
		picture.villages().forEach((village) -> points.add(village.point()));
		picture.markers().forEach((marker) -> points.add(marker.point()));
		picture.roads().forEach((road) -> points.addAll(road.path()));
		picture.pins().forEach((pin) -> points.add(pin.point()));
		return points;
	}

	public static byte[] draw(Picture picture) {
		Projection projection = Projection.fitting(points(picture));
		List<Road> unplaced = picture.roads().stream().filter((road) -> !road.drawn()).toList();
		int mapHeight = projection.height();
		int height = mapHeight + LEGEND_ROW * (picture.legend().size() + unplaced.size()) + LEGEND_ROW / 2;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, WIDTH, mapHeight);
			g.setColor(Color.WHITE);
			g.fillRect(0, mapHeight, WIDTH, height - mapHeight);
			new Labels(g, mapHeight).draw(picture, projection);
			scaleBar(g, projection);
			g.setColor(GREY);
			g.setStroke(new BasicStroke(2));
			g.drawRect(1, 1, WIDTH - 3, mapHeight - 2);
			title(g, picture.title());
			int y = mapHeight + LEGEND_ROW;
			for (Key key : picture.legend()) {
				key.symbol().draw(g, 40, y - 8);
				g.setColor(Color.BLACK);
				Fonts.draw(g, key.text(), Font.PLAIN, LABEL_SIZE, 84, y);
				y += LEGEND_ROW;
			}
			for (Road road : unplaced) {
				roadSymbol(road.colour(), road.width()).draw(g, 40, y - 8);
				g.setColor(Color.BLACK);
				Fonts.draw(g, road.label(), Font.PLAIN, SMALL_SIZE, 84, y);
				y += LEGEND_ROW;
			}
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	/** A short stretch of road, for a legend. */
	public static Symbol roadSymbol(Color colour, float width) {
		return (g, x, y) -> {
			g.setColor(colour);
			g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(new java.awt.geom.Line2D.Double(x - 20, y + 6, x + 20, y - 6));
		};
	}

	/** A border marker's diamond. */
	public static Symbol markerSymbol(Color colour) {
		return (g, x, y) -> {
			int cx = (int) Math.round(x);
			int cy = (int) Math.round(y);
			Polygon diamond = new Polygon(new int[] { cx, cx + 9, cx, cx - 9 }, new int[] { cy - 9, cy, cy + 9, cy },
					4);
			g.setColor(colour);
			g.fillPolygon(diamond);
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(1.5f));
			g.drawPolygon(diamond);
		};
	}

	private static void title(Graphics2D g, String title) {
		float width = Fonts.width(g, title, Font.BOLD, TITLE_SIZE);
		g.setColor(new Color(255, 255, 255, 220));
		g.fill(new Rectangle2D.Double(0, 0, Math.min(WIDTH, width + 40), 56));
		g.setColor(Color.DARK_GRAY);
		Fonts.draw(g, title, Font.BOLD, TITLE_SIZE, 20, 40);
	}

	/** A bar of a round number of km, about a fifth of the width, bottom left. */
	private static void scaleBar(Graphics2D g, Projection projection) {
		double perKm = projection.pixelsPerKm();
		double km = 0.1;
		for (double candidate : new double[] { 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200 }) {
			if (candidate * perKm <= WIDTH / 5.0) {
				km = candidate;
			}
		}
		int length = (int) Math.round(km * perKm);
		int x = 24;
		int y = projection.height() - 28;
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(4));
		g.drawLine(x, y, x + length, y);
		g.drawLine(x, y - 8, x, y + 1);
		g.drawLine(x + length, y - 8, x + length, y + 1);
		String label = ((km < 1) ? String.valueOf(km) : String.valueOf((int) km)) + " km";
		Fonts.draw(g, label, Font.PLAIN, SMALL_SIZE, x + length + 10, y + 6);
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

	/**
	 * Draws roads, markers, villages and pins, then their labels where they overlap
	 * nothing drawn yet: a village's name always (it moves around its dot), a marker's
	 * number only where it fits.
	 */
	private static final class Labels {

		private final Graphics2D g;

		private final List<Rectangle2D> taken = new ArrayList<>();

		private final int mapHeight;

		Labels(Graphics2D g, int mapHeight) {
			this.g = g;
			this.mapHeight = mapHeight;
		}

		void draw(Picture picture, Projection projection) {
			for (Road road : picture.roads()) {
				if (road.drawn()) {
					Path2D.Double line = new Path2D.Double();
					line.moveTo(projection.x(road.path().get(0)), projection.y(road.path().get(0)));
					road.path().stream().skip(1).forEach((p) -> line.lineTo(projection.x(p), projection.y(p)));
					this.g.setColor(road.colour());
					this.g.setStroke(new BasicStroke(road.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
					this.g.draw(line);
				}
			}
			for (Marker marker : picture.markers()) {
				double x = projection.x(marker.point());
				double y = projection.y(marker.point());
				markerSymbol(marker.colour()).draw(this.g, x, y);
				this.taken.add(new Rectangle2D.Double(x - 9, y - 9, 18, 18));
			}
			for (Place village : picture.villages()) {
				double x = projection.x(village.point());
				double y = projection.y(village.point());
				this.g.setColor(Color.DARK_GRAY);
				this.g.fill(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
				this.g.setColor(Color.WHITE);
				this.g.setStroke(new BasicStroke(2));
				this.g.draw(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
				this.taken.add(new Rectangle2D.Double(x - 7, y - 7, 14, 14));
			}
			for (Pin pin : picture.pins()) {
				double x = projection.x(pin.point());
				double y = projection.y(pin.point());
				pin.symbol().draw(this.g, x, y);
				this.taken.add(new Rectangle2D.Double(x - 20, y - 20, 40, 40));
			}
			for (Place village : picture.villages()) {
				label(village.label(), Font.BOLD, LABEL_SIZE, projection.x(village.point()),
						projection.y(village.point()), true);
			}
			for (Marker marker : picture.markers()) {
				label(marker.label(), Font.PLAIN, SMALL_SIZE, projection.x(marker.point()),
						projection.y(marker.point()), false);
			}
		}

		/** Right above, right below, left above, left below the point: the first free. */
		private void label(String text, int style, float size, double x, double y, boolean always) {
			float width = Fonts.width(this.g, text, style, size);
			double[][] offsets = { { 12, -10 }, { 12, size + 4 }, { -12 - width, -10 }, { -12 - width, size + 4 },
					{ -width / 2, -16 }, { -width / 2, size + 14 } };
			double[] chosen = null;
			for (double[] offset : offsets) {
				Rectangle2D box = new Rectangle2D.Double(x + offset[0] - 2, y + offset[1] - size, width + 4, size + 6);
				boolean inside = box.getMinX() >= 0 && box.getMaxX() <= WIDTH && box.getMinY() >= 56
						&& box.getMaxY() <= this.mapHeight;
				if (inside && this.taken.stream().noneMatch(box::intersects)) {
					chosen = offset;
					this.taken.add(box);
					break;
				}
			}
			if (chosen == null && !always) {
				return;
			}
			if (chosen == null) {
				chosen = offsets[0];
			}
			float left = (float) Math.max(2, Math.min(WIDTH - width - 2, x + chosen[0]));
			float baseline = (float) (y + chosen[1]);
			this.g.setColor(new Color(255, 255, 255, 190));
			this.g.fill(new Rectangle2D.Double(left - 2, baseline - size + 2, width + 4, size + 4));
			this.g.setColor(Color.BLACK);
			Fonts.draw(this.g, text, style, size, left, baseline);
		}

	}

}
