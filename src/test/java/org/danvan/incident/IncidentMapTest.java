package org.danvan.incident;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.danvan.area.GeoPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident map as a picture: every pin where its place projects, in its category's
 * colour, a red ring around the urgent ones, north up and east right.
 */
class IncidentMapTest {

	private static final GeoPoint WEST = new GeoPoint(10.30, 104.90);

	private static final GeoPoint EAST = new GeoPoint(10.30, 105.10);

	private static final GeoPoint NORTH = new GeoPoint(10.45, 105.00);

	@Test
	void pinsLandWhereTheirPlacesAreInTheirCategorysColour() throws Exception {
		List<IncidentMap.Place> villages = List.of(new IncidentMap.Place("Tà Êm", WEST),
				new IncidentMap.Place("Rạch Gỗ", EAST), new IncidentMap.Place("ភូមិ", NORTH));
		List<IncidentMap.Pin> pins = List.of(new IncidentMap.Pin(WEST, Category.FIRE, true),
				new IncidentMap.Pin(EAST, Category.FLOOD, false));
		IncidentMap.Legend legend = new IncidentMap.Legend("Open reports: 2",
				Map.of(Category.FIRE, "Fire", Category.FLOOD, "Flood"), "urgent");

		byte[] png = IncidentMap.draw(villages, List.of(new GeoPoint(10.40, 105.05)), pins, legend);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(IncidentMap.WIDTH);
		assertThat(image.getHeight()).isGreaterThan(IncidentMap.MAP_HEIGHT);
		IncidentMap.Projection projection = IncidentMap.Projection
			.fitting(List.of(WEST, EAST, NORTH, new GeoPoint(10.40, 105.05)));
		assertThat(colourAt(image, projection, WEST)).isEqualTo(IncidentMap.COLOURS.get(Category.FIRE));
		assertThat(colourAt(image, projection, EAST)).isEqualTo(IncidentMap.COLOURS.get(Category.FLOOD));
		assertThat(new Color(
				image.getRGB((int) Math.round(projection.x(WEST)) + 19, (int) Math.round(projection.y(WEST)))))
			.as("the urgent ring")
			.isEqualTo(IncidentMap.URGENT);
		assertThat(new Color(
				image.getRGB((int) Math.round(projection.x(EAST)) + 19, (int) Math.round(projection.y(EAST)))))
			.isNotEqualTo(IncidentMap.URGENT);
		assertThat(projection.x(EAST)).isGreaterThan(projection.x(WEST));
		assertThat(projection.y(NORTH)).isLessThan(projection.y(WEST));
		assertThat(distinctColours(image)).as("not blank").isGreaterThan(20);
	}

	@Test
	void oneLonePlaceStillMakesAPicture() throws Exception {
		byte[] png = IncidentMap.draw(List.of(), List.of(), List.of(new IncidentMap.Pin(WEST, Category.ROAD, false)),
				new IncidentMap.Legend("1", Map.of(), "urgent"));

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		IncidentMap.Projection projection = IncidentMap.Projection.fitting(List.of(WEST));
		assertThat(projection.x(WEST)).isBetween(0.0, (double) IncidentMap.WIDTH);
		assertThat(colourAt(image, projection, WEST)).isEqualTo(IncidentMap.COLOURS.get(Category.ROAD));
	}

	private static Color colourAt(BufferedImage image, IncidentMap.Projection projection, GeoPoint point) {
		return new Color(image.getRGB((int) Math.round(projection.x(point)), (int) Math.round(projection.y(point))));
	}

	private static long distinctColours(BufferedImage image) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

}
