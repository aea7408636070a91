package org.danvan.telegram.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Telegram HTML text into pieces of at most {@code limit} visible characters
 * (UTF-16 units, counted after entities are parsed, as Telegram counts), cutting at a
 * line break where it can, else at a space, and closing and reopening the tags open at a
 * cut so that every piece parses on its own.
 */
final class HtmlChunker {

	private static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]{1,7}|[xX][0-9a-fA-F]{1,6})|[a-zA-Z]{2,8});");

	private final int limit;

	private final List<String> chunks = new ArrayList<>();

	private final Deque<String> open = new ArrayDeque<>();

	private StringBuilder current = new StringBuilder();

	private int visible;

	private Cut lineBreak;

	private Cut space;

	private HtmlChunker(int limit) {
		this.limit = limit;
	}

	static List<String> split(String html, int limit) {
		HtmlChunker chunker = new HtmlChunker(limit);
		chunker.read(html);
		return chunker.finish();
	}

	private void read(String html) {
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			int close = (c == '<') ? html.indexOf('>', i) : -1;
			Matcher entity = (c == '&') ? ENTITY.matcher(html).region(i, html.length()) : null;
			if (close > 0) {
				tag(html.substring(i, close + 1));
				i = close + 1;
			}
			else if (entity != null && entity.lookingAt()) {
				visibleUnit(entity.group(), width(entity));
				i = entity.end();
			}
			else {
				int end = i + Character.charCount(html.codePointAt(i));
				String unit = html.substring(i, end);
				visibleUnit(escapeStray(unit), unit.length());
				i = end;
			}
		}
	}

	/**
	 * A numeric entity outside the Basic Multilingual Plane counts two, as Telegram
	 * counts.
	 */
	private static int width(Matcher entity) {
		String number = entity.group(1);
		if (number == null) {
			return 1;
		}
		int codePoint = number.startsWith("x") || number.startsWith("X") ? Integer.parseInt(number.substring(1), 16)
				: Integer.parseInt(number);
		return Character.isValidCodePoint(codePoint) ? Character.charCount(codePoint) : 1;
	}

	/**
	 * A {@code <} or {@code &} that starts no tag or entity is text, and must be escaped.
	 */
	private static String escapeStray(String unit) {
		return switch (unit) {
			case "<" -> "&lt;";
			case "&" -> "&amp;";
			default -> unit;
		};
	}

	private void tag(String tag) {
		this.current.append(tag);
		if (tag.startsWith("</")) {
			this.open.pollLast();
		}
		else if (!tag.endsWith("/>")) {
			this.open.addLast(tag);
		}
	}

	private void visibleUnit(String unit, int width) {
		while (this.visible > 0 && this.visible + width > this.limit) {
			cut();
		}
		this.current.append(unit);
		this.visible += width;
		if (unit.equals("\n")) {
			this.lineBreak = here();
		}
		else if (unit.equals(" ")) {
			this.space = here();
		}
	}

	private Cut here() {
		return new Cut(this.current.length(), this.visible, new ArrayList<>(this.open));
	}

	private void cut() {
		Cut at = (this.lineBreak != null) ? this.lineBreak : (this.space != null) ? this.space : here();
		String head = this.current.substring(0, at.index());
		String rest = this.current.substring(at.index());
		emit(head + closing(at.open()));
		String reopened = String.join("", at.open());
		this.current = new StringBuilder(reopened).append(rest);
		int shift = reopened.length() - at.index();
		this.lineBreak = rebase(this.lineBreak, at, shift);
		this.space = rebase(this.space, at, shift);
		this.visible -= at.visible();
	}

	private static Cut rebase(Cut cut, Cut at, int shift) {
		if (cut == null || cut.index() <= at.index()) {
			return null;
		}
		return new Cut(cut.index() + shift, cut.visible() - at.visible(), cut.open());
	}

	private static String closing(List<String> open) {
		StringBuilder closing = new StringBuilder();
		for (int i = open.size() - 1; i >= 0; i--) {
			String tag = open.get(i);
			int nameEnd = tag.length() - 1;
			for (int j = 1; j < tag.length(); j++) {
				if (Character.isWhitespace(tag.charAt(j)) || tag.charAt(j) == '>') {
					nameEnd = j;
					break;
				}
			}
			closing.append("</").append(tag, 1, nameEnd).append('>');
		}
		return closing.toString();
	}

	private void emit(String chunk) {
		if (!chunk.replaceAll("<[^>]*>", "").isBlank()) {
			this.chunks.add(chunk);
		}
	}

	private List<String> finish() {
		emit(this.current.toString());
		return this.chunks;
	}

	private record Cut(int index, int visible, List<String> open) {

	}

}
