package org.danvan.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the bundles in {@code messages/} against each other and against the code: the
 * same keys and ICU arguments everywhere, patterns that parse, Telegram HTML that is
 * balanced, and every key the code uses present (and every key present used).
 *
 * <p>
 * Keys the code uses are found by scanning {@code src/main/java}: the string literal that
 * is the first argument of {@code Text.of(…)}, plus {@code command.<name>.description}
 * for every class implementing {@code CommandHandler} whose {@code command()} returns a
 * literal. A key held in a constant first counts as used only by the second check (any
 * string literal that equals a key).
 */
class TranslationBundlesTest {

	private static final Path MESSAGES = Path.of("messages");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final String REFERENCE = "messages_en.properties";

	private static final String KEY = "[a-z]+(?:\\.[a-z0-9-]+)+";

	private static final Pattern TEXT_OF_KEY = Pattern.compile("\\bText\\.of\\(\\s*\"(" + KEY + ")\"");

	private static final Pattern KEY_LITERAL = Pattern.compile("\"(" + KEY + ")\"");

	private static final Pattern COMMAND_HANDLER = Pattern
		.compile("\\bclass\\s+\\w+[^{]*\\bimplements\\b[^{]*\\bCommandHandler\\b");

	private static final Pattern COMMAND_NAME = Pattern
		.compile("\\bString\\s+command\\(\\)\\s*\\{\\s*return\\s+\"([a-z0-9_]+)\"\\s*;");

	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>");

	private static final Set<String> ALLOWED_TAGS = Set.of("b", "i", "u", "s", "code", "pre", "a");

	private static Map<String, Properties> bundles;

	private static List<String> sources;

	@BeforeAll
	static void load() throws IOException {
		bundles = new TreeMap<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().matches("messages_.+\\.properties"))
				.toList()) {
				Properties bundle = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					bundle.load(reader);
				}
				bundles.put(file.getFileName().toString(), bundle);
			}
		}
		sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				sources.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	void thereIsAnEnglishBundleAndAnother() {
		assertThat(bundles).containsKey(REFERENCE).hasSizeGreaterThan(1);
	}

	@Test
	void everyBundleHasTheKeysOfTheEnglishOne() {
		Set<String> reference = keys(REFERENCE);
		Map<String, String> problems = new TreeMap<>();
		bundles.forEach((file, bundle) -> {
			Set<String> missing = new TreeSet<>(reference);
			missing.removeAll(keys(file));
			Set<String> extra = new TreeSet<>(keys(file));
			extra.removeAll(reference);
			if (!missing.isEmpty() || !extra.isEmpty()) {
				problems.put(file, "missing " + missing + ", extra " + extra);
			}
		});

		assertThat(problems).as("keys that differ from %s", REFERENCE).isEmpty();
	}

	@Test
	void everyPatternIsValidIcu() {
		Map<String, String> problems = new TreeMap<>();
		forEachPattern((where, pattern) -> {
			try {
				new MessageFormat(pattern);
			}
			catch (IllegalArgumentException ex) {
				problems.put(where, ex.getMessage());
			}
		});

		assertThat(problems).as("patterns ICU cannot parse").isEmpty();
	}

	@Test
	void everyTranslationHasTheArgumentsOfTheEnglishOne() {
		Properties reference = bundles.get(REFERENCE);
		Map<String, String> problems = new TreeMap<>();
		forEachPattern((where, pattern) -> {
			String key = where.substring(where.indexOf(' ') + 1);
			String english = reference.getProperty(key);
			if (english != null && !argumentNames(pattern).equals(argumentNames(english))) {
				problems.put(where, argumentNames(pattern) + " but English has " + argumentNames(english));
			}
		});

		assertThat(problems).as("arguments that differ from %s", REFERENCE).isEmpty();
	}

	@Test
	void everyPatternIsBalancedTelegramHtml() {
		Map<String, String> problems = new TreeMap<>();
		forEachPattern((where, pattern) -> {
			String problem = htmlProblem(pattern);
			if (problem != null) {
				problems.put(where, problem);
			}
		});

		assertThat(problems).as("patterns that are not Telegram HTML (tags %s)", ALLOWED_TAGS).isEmpty();
	}

	@Test
	void everyKeyTheCodeUsesExists() {
		Set<String> missing = new TreeSet<>(usedKeys());
		missing.removeAll(keys(REFERENCE));

		assertThat(missing).as("keys used in %s but missing from %s", SOURCES, REFERENCE).isEmpty();
	}

	@Test
	void everyKeyIsUsed() {
		Set<String> referenced = new TreeSet<>(commandDescriptionKeys());
		sources.forEach((source) -> KEY_LITERAL.matcher(source).results().forEach((m) -> referenced.add(m.group(1))));
		Set<String> unused = new TreeSet<>(keys(REFERENCE));
		unused.removeAll(referenced);

		assertThat(unused).as("keys in %s that no code in %s uses", REFERENCE, SOURCES).isEmpty();
	}

	@Test
	void findsTheKeysOfTheCommands() {
		assertThat(commandDescriptionKeys()).contains("command.start.description", "command.language.description",
				"command.help.description");
	}

	private static Set<String> keys(String file) {
		return bundles.get(file).stringPropertyNames();
	}

	private static void forEachPattern(PatternVisitor visitor) {
		bundles.forEach((file, bundle) -> new TreeSet<>(bundle.stringPropertyNames())
			.forEach((key) -> visitor.visit(file + " " + key, bundle.getProperty(key))));
	}

	/**
	 * The names (and numbers) of the arguments, nested ones included, not plural or
	 * select keywords.
	 */
	private static Set<String> argumentNames(String pattern) {
		MessagePattern parsed;
		try {
			parsed = new MessagePattern(pattern);
		}
		catch (IllegalArgumentException ex) {
			return Set.of("<unparseable>");
		}
		Set<String> names = new TreeSet<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_NAME
					|| part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
				names.add(parsed.getSubstring(part));
			}
		}
		return names;
	}

	/** What is wrong with the HTML of a pattern, or {@code null}. */
	private static String htmlProblem(String pattern) {
		Deque<String> open = new ArrayDeque<>();
		Matcher tags = TAG.matcher(pattern);
		while (tags.find()) {
			String name = tags.group(2);
			if (!ALLOWED_TAGS.contains(name)) {
				return "tag <" + name + "> not allowed";
			}
			if (tags.group(1).isEmpty()) {
				open.push(name);
			}
			else if (!name.equals(open.poll())) {
				return "</" + name + "> closes nothing open";
			}
		}
		if (!open.isEmpty()) {
			return "<" + open.peek() + "> not closed";
		}
		String text = TAG.matcher(pattern).replaceAll("").replaceAll("&(lt|gt|amp|quot|#\\d+);", "");
		if (text.contains("<") || text.contains(">") || text.contains("&")) {
			return "a bare <, > or & (write &lt; &gt; &amp;)";
		}
		return null;
	}

	private static Set<String> usedKeys() {
		Set<String> keys = new TreeSet<>(commandDescriptionKeys());
		sources.forEach((source) -> TEXT_OF_KEY.matcher(source).results().forEach((m) -> keys.add(m.group(1))));
		return keys;
	}

	/** {@code CommandHandler.descriptionKey()} of every command handler in the source. */
	private static Set<String> commandDescriptionKeys() {
		Set<String> keys = new TreeSet<>();
		for (String source : sources) {
			if (COMMAND_HANDLER.matcher(source).find()) {
				Matcher name = COMMAND_NAME.matcher(source);
				assertThat(name.find()).as("a CommandHandler whose command() does not return a literal:%n%s", source)
					.isTrue();
				keys.add("command." + name.group(1) + ".description");
			}
		}
		return keys;
	}

	@FunctionalInterface
	private interface PatternVisitor {

		void visit(String where, String pattern);

	}

}
