package org.danvan.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures compared with the committed ones in {@code src/test/resources/golden/}, pixel
 * by pixel with a tolerance for font anti-aliasing: a pixel differs when one of its
 * colour channels is off by more than {@value #CHANNEL_TOLERANCE}, and a picture matches
 * when at most {@value #PIXEL_TOLERANCE} of its pixels (a fraction) differ. That lets
 * text drawn slightly differently pass, not a pin that moved (about a thousand pixels) or
 * a legend line gone. Run with {@code -Dgolden.update=true} to write the pictures anew,
 * then look at them before committing.
 */
public final class GoldenImages {

	static final int CHANNEL_TOLERANCE = 40;

	static final double PIXEL_TOLERANCE = 0.0005;

	private static final Path FOLDER = Path.of("src/test/resources/golden");

	private GoldenImages() {
	}

	/**
	 * The PNG decoded, checked to be a picture of that size with more than a background.
	 */
	public static BufferedImage decode(byte[] png, int width) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image).as("a PNG").isNotNull();
			assertThat(image.getWidth()).isEqualTo(width);
			assertThat(image.getHeight()).isGreaterThan(width / 2);
			assertThat(colours(image)).as("not blank").isGreaterThan(20);
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fails unless {@code png} matches the golden picture {@code name}. */
	public static void assertMatches(String name, byte[] png) {
		Path golden = FOLDER.resolve(name);
		try {
			if (Boolean.getBoolean("golden.update")) {
				Files.createDirectories(FOLDER);
				Files.write(golden, png);
			}
			assertThat(golden).as("the golden picture (write it with -Dgolden.update=true)").exists();
			BufferedImage expected = ImageIO.read(golden.toFile());
			BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
			double differing = differing(expected, actual);
			if (differing > PIXEL_TOLERANCE) {
				Path seen = Path.of("target/golden-actual", name);
				Files.createDirectories(seen.getParent());
				Files.write(seen, png);
				throw new AssertionError(String.format(
						"%s: %.4f%% of the pixels differ (at most %.4f%% may); the picture drawn is in %s", name,
						100 * differing, 100 * PIXEL_TOLERANCE, seen));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fraction of pixels that differ; 1 when the sizes differ. */
	public static double differing(BufferedImage expected, BufferedImage actual) {
		if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
			return 1;
		}
		long differing = 0;
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				if (!close(expected.getRGB(x, y), actual.getRGB(x, y))) {
					differing++;
				}
			}
		}
		return differing / (double) (expected.getWidth() * expected.getHeight());
	}

	private static boolean close(int a, int b) {
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > CHANNEL_TOLERANCE) {
				return false;
			}
		}
		return true;
	}

	private static long colours(BufferedImage image) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

}
