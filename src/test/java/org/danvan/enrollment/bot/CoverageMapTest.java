package org.danvan.enrollment.bot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;

import org.danvan.area.AreaMap;
import org.danvan.area.BorderMarker;
import org.danvan.area.MapLayer;
import org.danvan.area.SampleAreas;
import org.danvan.support.GoldenImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage map: each marker in the colour of how it is looked after, and the Giang
 * Thành map as it was reviewed (golden picture).
 */
class CoverageMapTest {

	/** Vĩnh Điều's group walked this week; Tân Khánh Hòa's looks after its roads. */
	static final CoverageMap.Care GIANG_THANH = new CoverageMap.Care(
			Set.of("kg-m287", "kg-m288", "kg-m288.1", "kg-m289", "kg-vd-r1", "kg-m294", "kg-m295", "kg-m296", "kg-m297",
					"kg-tkh-r1", "kg-tkh-r2", "kg-m298"),
			Set.of("kg-m287", "kg-m288", "kg-m288.1", "kg-m289", "kg-vd-r1"));

	@Test
	void eachMarkerIsDrawnInTheColourOfHowItIsLookedAfter() {
		MapLayer base = SampleAreas.layer("kg-gt", "vi");

		byte[] png = draw(base);

		BufferedImage image = GoldenImages.decode(png, AreaMap.WIDTH);
		AreaMap.Projection projection = AreaMap.Projection
			.fitting(AreaMap.points(new AreaMap.Picture("", base.villages(), base.markers((m) -> Color.BLACK),
					base.roads((r) -> Color.BLACK, (r) -> 1f, (r) -> ""), List.of(), List.of())));
		assertThat(colourAt(image, projection, marker(base, "kg-m287"))).isEqualTo(CoverageMap.State.WALKED.colour);
		assertThat(colourAt(image, projection, marker(base, "kg-m295"))).isEqualTo(CoverageMap.State.COVERED.colour);
		assertThat(colourAt(image, projection, marker(base, "kg-m303")))
			.isEqualTo(CoverageMap.State.NOT_COVERED.colour);
		assertThat(GIANG_THANH.markers(base.markers(), CoverageMap.State.WALKED)).isEqualTo(4);
		assertThat(GIANG_THANH.km(List.copyOf(base.roads().keySet()), CoverageMap.State.COVERED)).isEqualTo(14.1,
				org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void theGiangThanhCoverageMapLooksAsReviewed() {
		byte[] png = draw(SampleAreas.layer("kg-gt", "vi"));

		GoldenImages.assertMatches("coverage-map-vi.png", png);
	}

	private static byte[] draw(MapLayer base) {
		return CoverageMap.draw("Phụ trách biên giới: Giang Thành", base, GIANG_THANH, (state) -> switch (state) {
			case WALKED -> "Đã tuần tra tuần này: 4 cột mốc, 6,2 km đường";
			case COVERED -> "Có tổ tự quản phụ trách: 8 cột mốc, 14,1 km";
			case NOT_COVERED -> "Chưa có tổ phụ trách: 16 cột mốc, 36,5 km";
		}, (road) -> road.name("vi") + " (" + road.km() + " km)");
	}

	private static BorderMarker marker(MapLayer base, String id) {
		return base.markers().stream().filter((m) -> m.id().equals(id)).findFirst().orElseThrow();
	}

	private static Color colourAt(BufferedImage image, AreaMap.Projection projection, BorderMarker marker) {
		return new Color(image.getRGB((int) Math.round(projection.x(marker.location())),
				(int) Math.round(projection.y(marker.location()))));
	}

}
