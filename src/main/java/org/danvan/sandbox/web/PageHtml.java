package org.danvan.sandbox.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Rebuilds a message's Telegram HTML as HTML a browser may show: Telegram's formatting
 * tags only, links only to http(s), no other attribute; text between the tags stays as
 * Telegram read it (it checked that {@code <}, {@code >} and {@code &} only start tags
 * and entities).
 */
final class PageHtml {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");

	private static final Pattern HREF = Pattern.compile("href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

	private static final Pattern SPOILER = Pattern.compile("class\\s*=\\s*[\"']tg-spoiler[\"']");

	private static final Map<String, String> SAME = Map.ofEntries(Map.entry("b", "b"), Map.entry("strong", "b"),
			Map.entry("i", "i"), Map.entry("em", "i"), Map.entry("u", "u"), Map.entry("ins", "u"), Map.entry("s", "s"),
			Map.entry("strike", "s"), Map.entry("del", "s"), Map.entry("code", "code"), Map.entry("pre", "pre"),
			Map.entry("blockquote", "blockquote"));

	private PageHtml() {
	}

	static String of(String telegramHtml) {
		StringBuilder page = new StringBuilder();
		Matcher tag = TAG.matcher(telegramHtml);
		int at = 0;
		Deque<String> open = new ArrayDeque<>();
		while (tag.find()) {
			page.append(text(telegramHtml.substring(at, tag.start())));
			at = tag.end();
			boolean closing = !tag.group(1).isEmpty();
			String name = tag.group(2).toLowerCase();
			if (closing) {
				String shown = open.isEmpty() ? "" : open.pop();
				if (!shown.isEmpty()) {
					page.append("</").append(shown).append('>');
				}
				continue;
			}
			String shown = shown(name, tag.group(3), page);
			open.push(shown);
		}
		page.append(text(telegramHtml.substring(at)));
		while (!open.isEmpty()) {
			String shown = open.pop();
			if (!shown.isEmpty()) {
				page.append("</").append(shown).append('>');
			}
		}
		return page.toString();
	}

	/** Opens the tag the page shows for a Telegram tag; its name, or "" for none. */
	private static String shown(String name, String attributes, StringBuilder page) {
		if (SAME.containsKey(name)) {
			page.append('<').append(SAME.get(name)).append('>');
			return SAME.get(name);
		}
		if ("tg-spoiler".equals(name) || ("span".equals(name) && SPOILER.matcher(attributes).find())) {
			page.append("<span class=\"tg-spoiler\">");
			return "span";
		}
		if ("a".equals(name)) {
			Matcher href = HREF.matcher(attributes);
			String url = href.find() ? HtmlUtils.htmlUnescape((href.group(1) != null) ? href.group(1) : href.group(2))
					: "";
			if (url.matches("(?i)https?://\\S+")) {
				page.append("<a href=\"")
					.append(HtmlUtils.htmlEscape(url, "UTF-8"))
					.append("\" target=\"_blank\" rel=\"noopener noreferrer\">");
				return "a";
			}
		}
		return "";
	}

	private static String text(String text) {
		return HtmlUtils.htmlEscape(HtmlUtils.htmlUnescape(text), "UTF-8");
	}

}
