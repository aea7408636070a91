package org.danvan.sandbox.botapi;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code multipart/form-data} body, as the library sends {@code setWebhook} and
 * uploads, byte for byte. A text field is read as UTF-8; a file part is handed to
 * {@code keepFile} (name, bytes), and the field holds what that returns.
 */
final class Multipart {

	private Multipart() {
	}

	static void parse(byte[] body, String contentType, ObjectNode params, BiFunction<String, byte[], String> keepFile) {
		int at = contentType.indexOf("boundary=");
		if (at < 0) {
			throw ApiError.badRequest("multipart body without a boundary");
		}
		String boundary = "--" + contentType.substring(at + 9).replace("\"", "").trim();
		// ISO-8859-1 maps every byte to one char, so binary parts survive the split.
		String raw = new String(body, StandardCharsets.ISO_8859_1);
		for (String part : raw.split(Pattern.quote(boundary))) {
			int split = part.indexOf("\r\n\r\n");
			if (split < 0) {
				continue;
			}
			String headers = part.substring(0, split);
			String content = part.substring(split + 4);
			if (content.endsWith("\r\n")) {
				content = content.substring(0, content.length() - 2);
			}
			String name = attribute(headers, "name");
			String fileName = attribute(headers, "filename");
			byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
			if (name != null) {
				params.put(name, (fileName != null) ? keepFile.apply(fileName, bytes)
						: new String(bytes, StandardCharsets.UTF_8));
			}
		}
	}

	private static String attribute(String headers, String attribute) {
		Matcher matcher = Pattern.compile("[; ]" + attribute + "=\"([^\"]*)\"").matcher(headers);
		return matcher.find() ? matcher.group(1) : null;
	}

}
