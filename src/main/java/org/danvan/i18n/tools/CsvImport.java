package org.danvan.i18n.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a translated CSV back into one language's bundle. A changed text goes in only if
 * it passes {@link Checks}; a refused one leaves the old text as it was. The status
 * column decides whether the key counts as reviewed.
 */
final class CsvImport {

	private final Path messages;

	private final String tag;

	private final PrintStream out;

	private final Map<String, String> english;

	private final Bundle bundle;

	private final Map<String, String> current;

	private final Set<String> reviewed;

	private final Set<String> seen = new HashSet<>();

	private final List<String> refused = new ArrayList<>();

	private int updated;

	private int unchanged;

	CsvImport(Path messages, String tag, PrintStream out) throws IOException {
		this.messages = messages;
		this.tag = tag;
		this.out = out;
		this.english = TranslationTool.texts(messages, "en");
		this.bundle = Bundle.read(TranslationTool.bundleFile(messages, tag), TranslationTool.header(tag));
		this.current = this.bundle.texts();
		this.reviewed = ReviewList.read(messages, tag);
	}

	/** 0 when every row went in or was unchanged, 1 when some were refused. */
	int run(Path csv) throws IOException {
		List<List<String>> rows = Csv.read(Files.readString(csv, StandardCharsets.UTF_8));
		List<String> header = rows.isEmpty() ? List.of()
				: rows.get(0).stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
		if (!header.contains("key") || !header.contains("translation")) {
			this.out.println("The first row of " + csv + " must name the columns, key and translation among them.");
			return 1;
		}
		Set<String> reviewedBefore = new LinkedHashSet<>(this.reviewed);
		for (int r = 1; r < rows.size(); r++) {
			Row row = new Row(rows.get(r), header);
			apply(r + 1, row.get("key").strip(), row.get("translation").replace("\r\n", "\n"),
					row.get("status").strip().equalsIgnoreCase("reviewed"));
		}
		Path file = TranslationTool.bundleFile(this.messages, this.tag);
		if (this.updated > 0) {
			this.bundle.write(file);
		}
		this.out.printf("%s: %d updated, %d unchanged, %d refused%n", file, this.updated, this.unchanged,
				this.refused.size());
		this.refused.forEach((reason) -> this.out.println("  refused " + reason));
		if (!this.reviewed.equals(reviewedBefore)) {
			ReviewList.write(this.messages, this.tag, this.reviewed, new ArrayList<>(this.english.keySet()));
			this.out.printf("%s: %d of %d texts reviewed%n", ReviewList.file(this.messages, this.tag),
					this.reviewed.size(), this.english.size());
		}
		return this.refused.isEmpty() ? 0 : 1;
	}

	private void apply(int line, String key, String translation, boolean isReviewed) {
		List<String> problems = keyProblems(key);
		boolean changed = !translation.isEmpty() && !translation.equals(this.current.get(key));
		if (problems.isEmpty() && changed) {
			problems = Checks.problems(translation, this.english.get(key));
		}
		if (!problems.isEmpty()) {
			this.refused
				.add("line " + line + ", " + (key.isEmpty() ? "(no key)" : key) + ": " + String.join("; ", problems));
		}
		else if (!changed) {
			this.unchanged++;
			if (isReviewed && !translation.isEmpty()) {
				this.reviewed.add(key);
			}
		}
		else {
			this.bundle.put(key, translation, new ArrayList<>(this.english.keySet()));
			this.updated++;
			if (isReviewed) {
				this.reviewed.add(key);
			}
			else {
				this.reviewed.remove(key);
			}
		}
	}

	private List<String> keyProblems(String key) {
		if (key.isEmpty()) {
			return List.of("the key column is empty");
		}
		if (!this.english.containsKey(key)) {
			return List.of("not a key of the English bundle");
		}
		if (!this.seen.add(key)) {
			return List.of("the key is on an earlier line already");
		}
		return List.of();
	}

	/** A row of the CSV, its cells found by column name; a missing cell is empty. */
	private record Row(List<String> cells, List<String> header) {

		String get(String column) {
			int at = this.header.indexOf(column);
			return (at >= 0 && at < this.cells.size()) ? this.cells.get(at) : "";
		}

	}

}
