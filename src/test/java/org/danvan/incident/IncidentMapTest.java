package org.danvan.incident;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.danvan.area.AreaMap;
import org.danvan.area.GeoPoint;
import org.danvan.area.MapLayer;
import org.danvan.area.SampleAreas;
import org.danvan.support.GoldenImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident map as a picture: every pin where its place projects, in its category's
 * colour, a red ring around the urgent ones, north up and east right; the Giang Thành map
 * as it was reviewed (golden pictures).
 */
class IncidentMapTest {

	private static final GeoPoint WEST = new GeoPoint(10.30, 104.90);

	private static final GeoPoint EAST = new GeoPoint(10.30, 105.10);

	private static final GeoPoint NORTH = new GeoPoint(10.45, 105.00);

	/** Reports at Tà Êm, Nha Sáp, Đồng Cơ, the border gate and Phú Mỹ. */
	static final List<IncidentMap.Pin> GIANG_THANH_PINS = List.of(
			new IncidentMap.Pin(new GeoPoint(10.5735, 104.7860), Category.FIRE, true),
			new IncidentMap.Pin(new GeoPoint(10.5560, 104.7630), Category.FLOOD, false),
			new IncidentMap.Pin(new GeoPoint(10.5480, 104.7320), Category.HEALTH, false),
			new IncidentMap.Pin(new GeoPoint(10.5280, 104.6365), Category.MARKER, true),
			new IncidentMap.Pin(new GeoPoint(10.4700, 104.5500), Category.BORDER_SECURITY, false));

	@Test
	void pinsLandWhereTheirPlacesAreInTheirCategorysColour() throws Exception {
		MapLayer base = new MapLayer(List.of(new AreaMap.Place("Tà Êm", WEST), new AreaMap.Place("Rạch Gỗ", EAST),
				new AreaMap.Place("ភូមិ", NORTH)), List.of(), Map.of());
		List<IncidentMap.Pin> pins = List.of(new IncidentMap.Pin(WEST, Category.FIRE, true),
				new IncidentMap.Pin(EAST, Category.FLOOD, false));

		byte[] png = IncidentMap.draw(base, pins, legend("Open reports: 2", "en"));

		BufferedImage image = GoldenImages.decode(png, AreaMap.WIDTH);
		AreaMap.Projection projection = AreaMap.Projection.fitting(List.of(WEST, EAST, NORTH));
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
	}

	@Test
	void oneLonePlaceStillMakesAPicture() throws Exception {
		byte[] png = IncidentMap.draw(new MapLayer(List.of(), List.of(), Map.of()),
				List.of(new IncidentMap.Pin(WEST, Category.ROAD, false)), legend("1", "en"));

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		AreaMap.Projection projection = AreaMap.Projection.fitting(List.of(WEST));
		assertThat(projection.x(WEST)).isBetween(0.0, (double) AreaMap.WIDTH);
		assertThat(colourAt(image, projection, WEST)).isEqualTo(IncidentMap.COLOURS.get(Category.ROAD));
	}

	@Test
	void theGiangThanhMapLooksAsReviewed() {
		byte[] png = IncidentMap.draw(SampleAreas.layer("kg-gt", "vi"), GIANG_THANH_PINS,
				legend("Báo cáo đang mở: 5", "vi"));

		GoldenImages.decode(png, AreaMap.WIDTH);
		GoldenImages.assertMatches("incident-map-vi.png", png);
	}

	@Test
	void inKhmerTheVillagesAndTheLegendAreKhmerNotBoxes() {
		byte[] png = IncidentMap.draw(SampleAreas.layer("kg-gt", "km"), GIANG_THANH_PINS,
				legend("របាយការណ៍ដែលកំពុងបើក: 5", "km"));

		GoldenImages.decode(png, AreaMap.WIDTH);
		GoldenImages.assertMatches("incident-map-km.png", png);
	}

	@Test
	void aPinMovedOrALegendLineGoneFailsTheGolden() throws Exception {
		BufferedImage golden = ImageIO.read(new java.io.File("src/test/resources/golden/incident-map-vi.png"));
		List<IncidentMap.Pin> moved = new java.util.ArrayList<>(GIANG_THANH_PINS);
		moved.set(1, new IncidentMap.Pin(new GeoPoint(10.5530, 104.7560), Category.FLOOD, false));
		List<IncidentMap.Pin> fewer = GIANG_THANH_PINS.subList(0, 4);
		IncidentMap.Legend legend = legend("Báo cáo đang mở: 5", "vi");
		BufferedImage same = ImageIO.read(
				new ByteArrayInputStream(IncidentMap.draw(SampleAreas.layer("kg-gt", "vi"), GIANG_THANH_PINS, legend)));
		BufferedImage pinMoved = ImageIO
			.read(new ByteArrayInputStream(IncidentMap.draw(SampleAreas.layer("kg-gt", "vi"), moved, legend)));
		BufferedImage legendLess = ImageIO.read(
				new ByteArrayInputStream(IncidentMap.draw(SampleAreas.layer("kg-gt", "vi"), GIANG_THANH_PINS, legend)));
		java.awt.Graphics2D g = legendLess.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(60, legendLess.getHeight() - 7 * 44, 600, 40);
		g.dispose();

		assertThat(GoldenImages.differing(golden, same)).isLessThanOrEqualTo(0.0005);
		assertThat(GoldenImages.differing(golden, pinMoved)).as("a pin moved by 800 m").isGreaterThan(0.0005);
		assertThat(GoldenImages.differing(golden, legendLess)).as("a legend line blanked").isGreaterThan(0.0005);
		assertThat(GoldenImages.differing(golden,
				ImageIO
					.read(new ByteArrayInputStream(IncidentMap.draw(SampleAreas.layer("kg-gt", "vi"), fewer, legend)))))
			.as("a pin and its legend line gone")
			.isEqualTo(1.0);
	}

	static IncidentMap.Legend legend(String title, String language) {
		Map<Category, String> names = new EnumMap<>(Category.class);
		Map<String, Map<Category, String>> byLanguage = new LinkedHashMap<>();
		byLanguage.put("vi", Map.of(Category.FIRE, "Cháy", Category.FLOOD, "Lũ lụt", Category.HEALTH, "Y tế",
				Category.MARKER, "Cột mốc", Category.BORDER_SECURITY, "An ninh biên giới"));
		byLanguage.put("km", Map.of(Category.FIRE, "អគ្គិភ័យ", Category.FLOOD, "ទឹកជំនន់", Category.HEALTH, "សុខភាព",
				Category.MARKER, "បង្គោលព្រំដែន", Category.BORDER_SECURITY, "សន្តិសុខព្រំដែន"));
		names.putAll(byLanguage.getOrDefault(language, Map.of(Category.FIRE, "Fire", Category.FLOOD, "Flood")));
		String urgent = "km".equals(language) ? "🚨 បន្ទាន់" : "vi".equals(language) ? "🚨 khẩn cấp" : "🚨 urgent";
		return new IncidentMap.Legend(title, names, urgent, (road) -> road.name(language) + " (" + road.km() + " km)");
	}

	private static Color colourAt(BufferedImage image, AreaMap.Projection projection, GeoPoint point) {
		return new Color(image.getRGB((int) Math.round(projection.x(point)), (int) Math.round(projection.y(point))));
	}

}
