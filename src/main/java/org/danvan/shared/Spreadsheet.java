package org.danvan.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as spreadsheet programs open it correctly: UTF-8 with a byte order mark (so
 * Vietnamese shows right in Excel), comma-separated, lines ending CRLF.
 */
public final class Spreadsheet {

	private Spreadsheet() {
	}

	/**
	 * A typed text that a spreadsheet would run as a formula ({@code =}, {@code +},
	 * {@code -}, {@code @}, tab, return first) is kept as text with a leading apostrophe.
	 */
	public static Object inert(Object cell) {
		if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
				&& !text.matches("[+-][0-9][0-9 .]*")) {
			return "'" + text;
		}
		return cell;
	}

	public static byte[] write(List<String> header, List<List<Object>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
			for (List<Object> row : rows) {
				csv.printRecord(row.stream().map(Spreadsheet::inert).toList());
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The rows of a file, header first: UTF-8, an optional byte order mark, comma or
	 * semicolon (as a spreadsheet in a language that writes decimals with a comma saves
	 * it).
	 */
	public static List<List<String>> read(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char separator = (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) ? ';' : ',';
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(new java.io.StringReader(text))) {
			return parser.getRecords().stream().map((record) -> record.toList()).toList();
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new IllegalArgumentException("Not a readable CSV file: " + ex.getMessage(), ex);
		}
	}

}
