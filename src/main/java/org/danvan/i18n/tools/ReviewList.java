package org.danvan.i18n.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of one language that a native speaker has reviewed, kept in
 * {@code messages/review/<tag>.txt}, one key a line. No file means nothing reviewed;
 * blank lines and lines starting with {@code #} are ignored.
 */
final class ReviewList {

	private ReviewList() {
	}

	static Path file(Path messages, String tag) {
		return messages.resolve("review").resolve(tag + ".txt");
	}

	static Set<String> read(Path messages, String tag) throws IOException {
		Path file = file(messages, tag);
		Set<String> keys = new LinkedHashSet<>();
		if (Files.exists(file)) {
			Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(keys::add);
		}
		return keys;
	}

	/** Writes the keys in the order of {@code order}, any others after them. */
	static void write(Path messages, String tag, Set<String> keys, List<String> order) throws IOException {
		List<String> sorted = new ArrayList<>(order.stream().filter(keys::contains).toList());
		keys.stream().filter((key) -> !order.contains(key)).sorted().forEach(sorted::add);
		Path file = file(messages, tag);
		Files.createDirectories(file.getParent());
		Files.write(file, sorted, StandardCharsets.UTF_8);
	}

}
