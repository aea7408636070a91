package org.danvan.telegram;

import java.util.regex.Pattern;

/**
 * A file the bot made (a chart, a QR code, a spreadsheet) sent just before a message: as
 * a photo, shown in the chat, or as a document, to download.
 *
 * @param fileName the name the recipient sees, e.g. {@code enrollment.csv}
 * @param bytes the content
 * @param photo whether Telegram shows it as a picture (PNG or JPEG)
 */
public record Upload(String fileName, byte[] bytes, boolean photo) {

	/**
	 * What Telegram takes for a bot upload: photos up to 10 MB, documents up to 50 MB.
	 */
	public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

	public static final int MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

	public Upload {
		if (fileName == null || !NAME.matcher(fileName).matches()) {
			throw new IllegalArgumentException("Upload needs a plain file name: " + fileName);
		}
		if (bytes == null || bytes.length == 0 || bytes.length > (photo ? MAX_PHOTO_BYTES : MAX_DOCUMENT_BYTES)) {
			throw new IllegalArgumentException("Upload empty or over Telegram's size limit: " + fileName);
		}
	}

	public static Upload photo(String fileName, byte[] png) {
		return new Upload(fileName, png, true);
	}

	public static Upload document(String fileName, byte[] bytes) {
		return new Upload(fileName, bytes, false);
	}

}
