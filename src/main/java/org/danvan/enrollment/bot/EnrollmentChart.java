package org.danvan.enrollment.bot;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The enrollment summary as a bar chart (PNG): per village, households enrolled and
 * border markers looked after, horizontal so that long village names fit.
 */
final class EnrollmentChart {

	static final Color HOUSEHOLDS = new Color(0x1f, 0x77, 0xb4);

	static final Color MARKERS = new Color(0xe6, 0x55, 0x0d);

	static final int MAX_VILLAGES = 40;

	private EnrollmentChart() {
	}

	/** One village's bars. */
	record Row(String village, long households, long markers, long markerTotal) {

	}

	/** The chart, and how many bars it has. */
	record Chart(byte[] png, int bars) {

	}

	static Chart draw(String title, String householdsLabel, String markersLabel, List<Row> rows) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<Row> shown = rows.subList(0, Math.min(rows.size(), MAX_VILLAGES));
		for (Row row : shown) {
			String label = row.village() + " (" + row.markers() + "/" + row.markerTotal() + ")";
			data.addValue(row.households(), householdsLabel, label);
			data.addValue(row.markers(), markersLabel, label);
		}
		JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, true, false,
				false);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, HOUSEHOLDS);
		renderer.setSeriesPaint(1, MARKERS);
		int height = 160 + 56 * Math.max(1, shown.size());
		try {
			byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(900, height));
			return new Chart(png, shown.size() * 2);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
