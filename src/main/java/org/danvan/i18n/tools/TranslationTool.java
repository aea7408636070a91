package org.danvan.i18n.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.util.ULocale;

/**
 * The translators' tool: exports a language's texts as a CSV to fill in a spreadsheet,
 * imports the filled-in CSV back after checking every changed text, and reports how far
 * each language is. Run from the project root:
 * {@code ./mvnw -q compile exec:java@translations -Dexec.args="report"}.
 */
public final class TranslationTool {

	static final List<String> COLUMNS = List.of("key", "english", "vietnamese", "translation", "status",
			"placeholders");

	private static final Pattern BUNDLE = Pattern.compile("messages_(.+)\\.properties");

	private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*");

	private static final String USAGE = """
			Usage: ./mvnw -q compile exec:java@translations -Dexec.args="<command>"
			  export <tag> [file]   write a CSV to translate in a spreadsheet
			                        (default target/translations/<tag>.csv)
			  import <tag> <file>   check a translated CSV and copy its good rows into
			                        messages/messages_<tag>.properties
			  report                per language: translated, missing, awaiting review, reviewed
			<tag> is a language tag such as fr, km, lo or zh.""";

	private final Path messages;

	private final PrintStream out;

	/**
	 * @param messages the folder of the {@code messages_<tag>.properties} bundles
	 * @param out where to print results and problems
	 */
	public TranslationTool(Path messages, PrintStream out) {
		this.messages = messages;
		this.out = out;
	}

	public static void main(String[] args) {
		int status = new TranslationTool(Path.of("messages"), System.out).run(args);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Runs one command: 0 when all went well, 1 when it failed or refused rows, 2 for a
	 * command line it does not understand.
	 */
	public int run(String... args) {
		String command = (args.length > 0) ? args[0] : "";
		boolean valid = switch (command) {
			case "export" -> (args.length == 2 || args.length == 3) && isTag(args[1]);
			case "import" -> args.length == 3 && isTag(args[1]);
			case "report" -> args.length == 1;
			default -> false;
		};
		if (!valid) {
			this.out.println(USAGE);
			return 2;
		}
		try {
			return switch (command) {
				case "export" -> export(suffix(args[1]), (args.length == 3) ? Path.of(args[2]) : null);
				case "import" -> new CsvImport(this.messages, suffix(args[1]), this.out).run(Path.of(args[2]));
				default -> report();
			};
		}
		catch (NoSuchFileException ex) {
			this.out.println("No such file: " + ex.getFile());
		}
		catch (CharacterCodingException ex) {
			this.out.println("The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.");
		}
		catch (IOException | IllegalArgumentException ex) {
			this.out.println("Failed: " + ex.getMessage());
		}
		return 1;
	}

	private int export(String tag, Path file) throws IOException {
		Map<String, String> english = texts(this.messages, "en");
		Map<String, String> vietnamese = texts(this.messages, "vi");
		Map<String, String> translation = texts(this.messages, tag);
		Set<String> reviewed = ReviewList.read(this.messages, tag);
		List<List<String>> rows = new ArrayList<>();
		rows.add(COLUMNS);
		english.forEach((key,
				text) -> rows.add(List.of(key, text, vietnamese.getOrDefault(key, ""),
						translation.getOrDefault(key, ""), status(translation.get(key), reviewed.contains(key)),
						Checks.braces(Checks.argumentNames(text)))));
		Path target = (file != null) ? file
				: this.messages.toAbsolutePath().getParent().resolve("target/translations/" + tag + ".csv");
		if (target.toAbsolutePath().getParent() != null) {
			Files.createDirectories(target.toAbsolutePath().getParent());
		}
		Files.writeString(target, Csv.BOM + Csv.write(rows), StandardCharsets.UTF_8);
		this.out.printf("Wrote %d texts of %s to %s%n", english.size(), tag, target);
		return 0;
	}

	private int report() throws IOException {
		Map<String, String> english = texts(this.messages, "en");
		this.out.printf("%d texts in messages_en.properties%n", english.size());
		this.out.printf("%-8s %10s %8s %16s %9s%n", "language", "translated", "missing", "awaiting review", "reviewed");
		List<String> extras = new ArrayList<>();
		for (String tag : tags()) {
			Map<String, String> texts = texts(this.messages, tag);
			Set<String> reviewed = ReviewList.read(this.messages, tag);
			long translated = english.keySet().stream().filter((key) -> present(texts.get(key))).count();
			long done = english.keySet()
				.stream()
				.filter((key) -> present(texts.get(key)) && reviewed.contains(key))
				.count();
			this.out.printf("%-8s %10d %8d %16d %9d%n", tag, translated, english.size() - translated, translated - done,
					done);
			Set<String> extra = new HashSet<>(texts.keySet());
			extra.removeAll(english.keySet());
			if (!extra.isEmpty()) {
				extras.add(tag + " has keys the English bundle does not: " + extra.stream().sorted().toList());
			}
		}
		extras.forEach(this.out::println);
		return 0;
	}

	private List<String> tags() throws IOException {
		try (Stream<Path> files = Files.list(this.messages)) {
			return files.map((file) -> BUNDLE.matcher(file.getFileName().toString()))
				.filter(Matcher::matches)
				.map((name) -> name.group(1))
				.sorted()
				.toList();
		}
	}

	static String status(String translation, boolean reviewed) {
		return !present(translation) ? "missing" : reviewed ? "reviewed" : "needs-review";
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	/** The texts of a language by key, in file order; none if it has no bundle. */
	static Map<String, String> texts(Path messages, String tag) throws IOException {
		return Bundle.read(bundleFile(messages, tag), "").texts();
	}

	static Path bundleFile(Path messages, String tag) {
		return messages.resolve("messages_" + tag + ".properties");
	}

	/** The bundle file suffix of a tag: {@code zh-TW} is in {@code messages_zh_TW}. */
	private static String suffix(String tag) {
		return tag.replace('-', '_');
	}

	private static boolean isTag(String tag) {
		return TAG.matcher(tag).matches();
	}

	/** The first comment of a new bundle. */
	static String header(String tag) {
		ULocale locale = ULocale.forLanguageTag(tag.replace('_', '-'));
		return "# DanVan's own texts, " + locale.getDisplayName(ULocale.ENGLISH) + " (" + locale.getDisplayName(locale)
				+ "). UTF-8. ICU MessageFormat: {name} arguments.\n"
				+ "# Telegram HTML allowed: <b>, <i>, <code>. See TRANSLATIONS.md.";
	}

}
