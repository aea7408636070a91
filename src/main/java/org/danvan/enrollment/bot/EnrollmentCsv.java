package org.danvan.enrollment.bot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as spreadsheet programs open it correctly: UTF-8 with a byte order mark (so
 * Vietnamese shows right in Excel), comma-separated, lines ending CRLF.
 */
final class EnrollmentCsv {

	private EnrollmentCsv() {
	}

	/**
	 * A typed text that a spreadsheet would run as a formula ({@code =}, {@code +},
	 * {@code -}, {@code @}, tab, return first) is kept as text with a leading apostrophe.
	 */
	static Object inert(Object cell) {
		if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
				&& !text.matches("[+-][0-9][0-9 .]*")) {
			return "'" + text;
		}
		return cell;
	}

	static byte[] write(List<String> header, List<List<Object>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
			for (List<Object> row : rows) {
				csv.printRecord(row.stream().map(EnrollmentCsv::inert).toList());
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
