package org.danvan.sandbox.botapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode, as strictly as Telegram applies it: only its own tags,
 * every tag closed in order, {@code <}, {@code >} and {@code &} only as part of a tag or
 * an entity. Gives the visible text, whose length is what Telegram's limits count.
 */
final class TelegramHtml {

	private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
			"tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");

	private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");

	private static final Pattern NUMERIC = Pattern.compile("#(\\d{1,7}|x[0-9a-fA-F]{1,6})");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z-]+)(?:=\"([^\"]*)\"|='([^']*)')?");

	private TelegramHtml() {
	}

	/** The visible text of an HTML message, or a 400 "can't parse entities". */
	static String visibleText(String html) {
		StringBuilder visible = new StringBuilder();
		Deque<String> open = new ArrayDeque<>();
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '<') {
				int end = html.indexOf('>', i);
				if (end < 0) {
					throw cantParse("Unclosed start tag at byte offset " + offset(html, i));
				}
				tag(html, i, html.substring(i + 1, end), open);
				i = end + 1;
			}
			else if (c == '&') {
				int end = html.indexOf(';', i);
				String name = (end < 0) ? "" : html.substring(i + 1, end);
				visible.append(entity(html, i, name));
				i = end + 1;
			}
			else if (c == '>') {
				throw cantParse("Character '>' is reserved and must be escaped at byte offset " + offset(html, i));
			}
			else {
				visible.append(c);
				i++;
			}
		}
		if (!open.isEmpty()) {
			throw cantParse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
		}
		return visible.toString();
	}

	private static void tag(String html, int at, String body, Deque<String> open) {
		if (body.startsWith("/")) {
			String name = body.substring(1).trim().toLowerCase();
			if (open.isEmpty() || !open.peek().equals(name)) {
				throw cantParse("Unmatched end tag at byte offset " + offset(html, at) + ", expected \"</" + open.peek()
						+ ">\", found \"</" + name + ">\"");
			}
			open.pop();
			return;
		}
		int space = indexOfWhitespace(body);
		String name = ((space < 0) ? body : body.substring(0, space)).toLowerCase();
		if (!TAGS.contains(name)) {
			throw cantParse("Unsupported start tag \"" + name + "\" at byte offset " + offset(html, at));
		}
		Map<String, String> attributes = attributes(html, at, (space < 0) ? "" : body.substring(space));
		if (name.equals("a") && !attributes.containsKey("href")) {
			throw cantParse("Can't find href attribute in a tag at byte offset " + offset(html, at));
		}
		if (name.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
			throw cantParse("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + offset(html, at));
		}
		open.push(name);
	}

	private static Map<String, String> attributes(String html, int at, String text) {
		Map<String, String> attributes = new java.util.HashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(text);
		int end = 0;
		while (matcher.lookingAt()) {
			String value = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
			attributes.put(matcher.group(1), (value != null) ? value : "");
			end = matcher.end();
			matcher.region(end, text.length());
		}
		if (!text.substring(end).isBlank()) {
			throw cantParse("Can't parse attributes of the tag at byte offset " + offset(html, at));
		}
		return attributes;
	}

	private static String entity(String html, int at, String name) {
		if (ENTITIES.containsKey(name)) {
			return ENTITIES.get(name);
		}
		Matcher numeric = NUMERIC.matcher(name);
		if (numeric.matches()) {
			String digits = numeric.group(1);
			int codePoint = digits.startsWith("x") ? Integer.parseInt(digits.substring(1), 16)
					: Integer.parseInt(digits);
			if (Character.isValidCodePoint(codePoint)) {
				return new String(Character.toChars(codePoint));
			}
		}
		throw cantParse("Unsupported HTML entity at byte offset " + offset(html, at));
	}

	private static int indexOfWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int offset(String html, int index) {
		return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
	}

	private static ApiError cantParse(String why) {
		return ApiError.badRequest("can't parse entities: " + why);
	}

}
