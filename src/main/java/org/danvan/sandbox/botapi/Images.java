package org.danvan.sandbox.botapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

/**
 * Checks an uploaded photo as Telegram does: a PNG or JPEG it can decode, width and
 * height together at most 10,000 pixels, neither side more than 20 times the other.
 */
final class Images {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private Images() {
	}

	static BufferedImage check(byte[] bytes) {
		boolean png = bytes.length > PNG.length && Arrays.equals(Arrays.copyOf(bytes, PNG.length), PNG);
		boolean jpeg = bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
		if (!png && !jpeg) {
			throw ApiError.badRequest("IMAGE_PROCESS_FAILED");
		}
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			image = null;
		}
		if (image == null) {
			throw ApiError.badRequest("IMAGE_PROCESS_FAILED");
		}
		int width = image.getWidth();
		int height = image.getHeight();
		if (width + height > 10_000 || Math.max(width, height) > 20 * Math.min(width, height)) {
			throw ApiError.badRequest("PHOTO_INVALID_DIMENSIONS");
		}
		return image;
	}

}
