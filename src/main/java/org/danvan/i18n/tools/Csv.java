package org.danvan.i18n.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: a field holding a comma, a quote or a line
 * break is quoted, quotes inside it are doubled. Reading tolerates a leading byte order
 * mark, bare LF line ends, and a semicolon as separator (what a spreadsheet saves in
 * locales whose decimal mark is a comma).
 */
final class Csv {

	static final char BOM = '\uFEFF';

	private Csv() {
	}

	/** The rows as CSV text, CRLF after each row, with no byte order mark. */
	static String write(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				out.append((i > 0) ? "," : "").append(field(row.get(i)));
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static String field(String value) {
		String text = (value != null) ? value : "";
		if (text.chars().anyMatch((c) -> c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';')) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/**
	 * The rows of a CSV text; blank lines are skipped.
	 * @throws IllegalArgumentException when a quoted field is not closed
	 */
	static List<List<String>> read(String text) {
		String csv = (!text.isEmpty() && text.charAt(0) == BOM) ? text.substring(1) : text;
		char separator = separator(csv);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int quoteLine = 0;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (c == '\n') {
				line++;
			}
			if (quoted) {
				if (c != '"') {
					field.append(c);
				}
				else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
				quoteLine = line;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					continue;
				}
				endRow(rows, row, field);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("the quote opened on line " + quoteLine + " is never closed");
		}
		endRow(rows, row, field);
		return rows;
	}

	private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
		row.add(field.toString());
		field.setLength(0);
		if (row.size() > 1 || !row.get(0).isEmpty()) {
			rows.add(row);
		}
	}

	/** A comma, unless the first line has semicolons and no comma. */
	private static char separator(String csv) {
		int end = csv.indexOf('\n');
		String first = (end >= 0) ? csv.substring(0, end) : csv;
		return (first.indexOf(';') >= 0 && first.indexOf(',') < 0) ? ';' : ',';
	}

}
