package org.danvan.enrollment.bot;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart draws one bar per village and series: counted in the picture itself, as runs
 * of each series' colour along a line just right of the zero axis.
 */
class EnrollmentChartTest {

	@Test
	void drawsTwoBarsPerVillage() throws Exception {
		List<EnrollmentChart.Row> rows = List.of(new EnrollmentChart.Row("Tà Êm", 12, 2, 3),
				new EnrollmentChart.Row("Nhà Sập", 30, 1, 1), new EnrollmentChart.Row("Rạch Gỗ", 7, 4, 4),
				new EnrollmentChart.Row("Đồng Cỏ", 19, 3, 5));
		EnrollmentChart.Chart chart = EnrollmentChart.draw("Vĩnh Điều", "Hộ", "Mốc", rows);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
		assertThat(image).as("a PNG that decodes").isNotNull();
		assertThat(chart.bars()).isEqualTo(8);
		assertThat(barsOf(image, EnrollmentChart.HOUSEHOLDS.getRGB())).isEqualTo(4);
		assertThat(barsOf(image, EnrollmentChart.MARKERS.getRGB())).isEqualTo(4);
	}

	@Test
	void keepsAtMostFortyVillages() {
		List<EnrollmentChart.Row> rows = java.util.stream.IntStream.range(0, 55)
			.mapToObj((i) -> new EnrollmentChart.Row("Ấp " + i, i + 1, 1, 2))
			.toList();
		assertThat(EnrollmentChart.draw("Tỉnh", "Hộ", "Mốc", rows).bars()).isEqualTo(80);
	}

	/** Runs of the colour down the first column (left of the legend) where it appears. */
	private static int barsOf(BufferedImage image, int rgb) {
		int column = -1;
		for (int x = 0; x < image.getWidth() && column < 0; x++) {
			for (int y = 0; y < image.getHeight() * 9 / 10; y++) {
				if (image.getRGB(x, y) == rgb) {
					column = x + 1;
					break;
				}
			}
		}
		int runs = 0;
		boolean inside = false;
		for (int y = 0; y < image.getHeight() * 9 / 10; y++) {
			boolean here = image.getRGB(column, y) == rgb;
			if (here && !inside) {
				runs++;
			}
			inside = here;
		}
		return runs;
	}

}
