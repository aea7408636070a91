package org.danvan.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the text fields of a {@code multipart/form-data} body, as the library sends
 * {@code setWebhook} and uploads. A file part is kept as {@code file:<name>:<size>}.
 */
final class Multipart {

	private Multipart() {
	}

	static void parse(String body, String contentType, ObjectNode params) {
		int at = contentType.indexOf("boundary=");
		if (at < 0) {
			throw ApiError.badRequest("multipart body without a boundary");
		}
		String boundary = "--" + contentType.substring(at + 9).replace("\"", "").trim();
		for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
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
			if (name != null) {
				params.put(name, (fileName != null) ? "file:" + fileName + ":" + content.length() : content);
			}
		}
	}

	private static String attribute(String headers, String attribute) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("[; ]" + attribute + "=\"([^\"]*)\"")
			.matcher(headers);
		return matcher.find() ? matcher.group(1) : null;
	}

}
