package org.danvan.telegram.internal;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.telegram.telegrambots.meta.api.objects.MessageEntity;

import org.danvan.i18n.Texts;

/**
 * A message's text and entities as Telegram HTML: the sender's bold, italic, underline,
 * strikethrough, spoiler, code, quotes and links are kept, everything else is escaped, so
 * what a person typed can be sent on without breaking the message. Entities that only
 * mark what Telegram finds by itself (mentions, hashtags, plain links) stay plain text.
 */
final class EntityHtml {

	private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?|tg)://[^\\s\"<>]{1,2000}");

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9+#_-]{1,30}");

	private EntityHtml() {
	}

	static String of(String text, List<MessageEntity> entities) {
		if (entities == null || entities.isEmpty()) {
			return Texts.escape(text);
		}
		List<MessageEntity> kept = entities.stream()
			.filter((entity) -> open(entity) != null && entity.getOffset() >= 0 && entity.getLength() > 0)
			.sorted(Comparator.comparing(MessageEntity::getOffset)
				.thenComparing(MessageEntity::getLength, Comparator.reverseOrder()))
			.toList();
		StringBuilder html = new StringBuilder(text.length() + 32);
		Deque<Open> stack = new ArrayDeque<>();
		int cursor = 0;
		for (MessageEntity entity : kept) {
			int start = Math.min(entity.getOffset(), text.length());
			int end = Math.min(start + entity.getLength(), text.length());
			while (!stack.isEmpty() && stack.peek().end() <= start) {
				cursor = close(text, html, cursor, stack.pop());
			}
			if (start < cursor) {
				continue;
			}
			html.append(Texts.escape(text.substring(cursor, start)));
			cursor = start;
			if (!stack.isEmpty()) {
				end = Math.min(end, stack.peek().end());
			}
			if (end <= start) {
				continue;
			}
			html.append(open(entity));
			stack.push(new Open(end, close(entity)));
		}
		while (!stack.isEmpty()) {
			cursor = close(text, html, cursor, stack.pop());
		}
		html.append(Texts.escape(text.substring(cursor)));
		return html.toString();
	}

	private static int close(String text, StringBuilder html, int cursor, Open open) {
		html.append(Texts.escape(text.substring(cursor, open.end()))).append(open.tag());
		return open.end();
	}

	private static String open(MessageEntity entity) {
		return switch (entity.getType().toLowerCase(Locale.ROOT)) {
			case "bold" -> "<b>";
			case "italic" -> "<i>";
			case "underline" -> "<u>";
			case "strikethrough" -> "<s>";
			case "spoiler" -> "<tg-spoiler>";
			case "code" -> "<code>";
			case "pre" -> (entity.getLanguage() != null && LANGUAGE.matcher(entity.getLanguage()).matches())
					? "<pre><code class=\"language-" + entity.getLanguage() + "\">" : "<pre>";
			case "blockquote" -> "<blockquote>";
			case "expandable_blockquote" -> "<blockquote expandable>";
			case "text_link" -> (entity.getUrl() != null && SAFE_URL.matcher(entity.getUrl()).matches())
					? "<a href=\"" + Texts.escape(entity.getUrl()) + "\">" : null;
			default -> null;
		};
	}

	private static String close(MessageEntity entity) {
		String open = open(entity);
		if (open.startsWith("<pre><code")) {
			return "</code></pre>";
		}
		int space = open.indexOf(' ');
		return "</" + open.substring(1, (space < 0) ? open.length() - 1 : space) + ">";
	}

	private record Open(int end, String tag) {

	}

}
