package org.danvan.i18n.tools;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One {@code messages_<tag>.properties} file as its lines, so that changing a text keeps
 * the comments, blank lines and order around it. Written as UTF-8 text, escaping only
 * what {@link Properties} needs: backslashes, line breaks and leading spaces.
 */
final class Bundle {

	private final List<Line> lines;

	private Bundle(List<Line> lines) {
		this.lines = lines;
	}

	/** The bundle in a file, or an empty one with {@code header} if there is no file. */
	static Bundle read(Path file, String header) throws IOException {
		if (!Files.exists(file)) {
			return new Bundle(new ArrayList<>(List.of(new Line(null, header), new Line(null, ""))));
		}
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	static Bundle parse(String text) {
		List<Line> lines = new ArrayList<>();
		StringBuilder entry = null;
		for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
			if (entry != null) {
				entry.append('\n').append(line);
			}
			else if (isEntry(line)) {
				entry = new StringBuilder(line);
			}
			else {
				lines.add(new Line(null, line));
			}
			if (entry != null && !continues(line)) {
				lines.add(new Line(keyOf(entry.toString()), entry.toString()));
				entry = null;
			}
		}
		if (entry != null) {
			lines.add(new Line(keyOf(entry.toString()), entry.toString()));
		}
		if (!lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return new Bundle(lines);
	}

	/** The texts by key, in the order of the file. */
	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		this.lines.stream().filter(Line::isEntry).forEach((line) -> texts.put(line.key(), valueOf(line.text())));
		return texts;
	}

	/**
	 * Sets the text of a key: in place if the file has it, else after the nearest key
	 * before it in {@code order} (the English bundle's keys), else before the nearest one
	 * after it.
	 */
	void put(String key, String value, List<String> order) {
		Line line = new Line(key, escapeKey(key) + "=" + escapeValue(value));
		boolean found = false;
		for (int i = 0; i < this.lines.size(); i++) {
			if (key.equals(this.lines.get(i).key())) {
				this.lines.set(i, line);
				found = true;
			}
		}
		if (!found) {
			insert(line, order);
		}
	}

	private void insert(Line line, List<String> order) {
		int at = order.indexOf(line.key());
		int before = (at > 0) ? lastIndexOf(order.subList(0, at)) : -1;
		int after = (at >= 0) ? firstIndexOf(order.subList(at + 1, order.size())) : -1;
		if (before >= 0 && sameGroup(line, this.lines.get(before))) {
			this.lines.add(before + 1, line);
		}
		else if (after >= 0 && sameGroup(line, this.lines.get(after))) {
			this.lines.add(after, line);
		}
		else if (before >= 0) {
			this.lines.addAll(before + 1, List.of(new Line(null, ""), line));
		}
		else if (after >= 0) {
			this.lines.addAll(after, List.of(line, new Line(null, "")));
		}
		else {
			if (!this.lines.isEmpty() && !this.lines.get(this.lines.size() - 1).text().isBlank()) {
				this.lines.add(new Line(null, ""));
			}
			this.lines.add(line);
		}
	}

	private int lastIndexOf(List<String> keys) {
		for (int i = this.lines.size() - 1; i >= 0; i--) {
			if (this.lines.get(i).isEntry() && keys.contains(this.lines.get(i).key())) {
				return i;
			}
		}
		return -1;
	}

	private int firstIndexOf(List<String> keys) {
		for (int i = 0; i < this.lines.size(); i++) {
			if (this.lines.get(i).isEntry() && keys.contains(this.lines.get(i).key())) {
				return i;
			}
		}
		return -1;
	}

	private static boolean sameGroup(Line a, Line b) {
		return a.key().substring(0, a.key().indexOf('.') + 1).equals(b.key().substring(0, b.key().indexOf('.') + 1));
	}

	String text() {
		StringBuilder out = new StringBuilder();
		this.lines.forEach((line) -> out.append(line.text()).append('\n'));
		return out.toString();
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text(), StandardCharsets.UTF_8);
	}

	static String escapeValue(String value) {
		StringBuilder out = new StringBuilder();
		boolean leading = true;
		for (char c : value.toCharArray()) {
			leading = leading && (c == ' ' || c == '\t' || c == '\f');
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append(leading ? "\\t" : "\t");
				case '\f' -> out.append(leading ? "\\f" : "\f");
				case ' ' -> out.append(leading ? "\\ " : " ");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	static String escapeKey(String key) {
		StringBuilder out = new StringBuilder();
		for (char c : key.toCharArray()) {
			if ("\\=: \t\f".indexOf(c) >= 0 || (out.length() == 0 && (c == '#' || c == '!'))) {
				out.append('\\');
			}
			out.append((c == '\n') ? "\\n" : (c == '\r') ? "\\r" : String.valueOf(c));
		}
		return out.toString();
	}

	private static boolean isEntry(String line) {
		String start = line.stripLeading();
		return !start.isEmpty() && start.charAt(0) != '#' && start.charAt(0) != '!';
	}

	/** A line continues on the next when it ends in an odd number of backslashes. */
	private static boolean continues(String line) {
		int backslashes = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static String keyOf(String entry) {
		return load(entry).stringPropertyNames().iterator().next();
	}

	private static String valueOf(String entry) {
		Properties properties = load(entry);
		return properties.getProperty(properties.stringPropertyNames().iterator().next());
	}

	private static Properties load(String entry) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(entry));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/**
	 * A line of the file: an entry (possibly continued) or, with no key, anything else.
	 */
	private record Line(String key, String text) {

		boolean isEntry() {
			return this.key != null;
		}

	}

}
