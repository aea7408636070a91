package org.danvan.i18n.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationToolTest {

	private static final String ENGLISH = """
			# English.

			bot.error=Sorry, something went wrong.
			bot.not-allowed=Only a <b>{role}</b> may do this.

			start.welcome=Hello {name}! You have {count, plural, one {# report} other {# reports}}.
			help.list=What you can do:\\n{commands}
			""";

	private static final String FRENCH = """
			# Français : un commentaire à garder.

			bot.error=Désolé, un problème est survenu.

			start.welcome=Bonjour {name}\u00a0! Vous avez {count, plural, one {# signalement} other {# signalements}}.
			help.list=Ce que vous pouvez faire\u00a0:\\n{commands}
			""";

	@TempDir
	Path root;

	private Path messages;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private TranslationTool tool;

	@BeforeEach
	void bundles() throws IOException {
		this.messages = Files.createDirectories(this.root.resolve("messages"));
		write("messages_en.properties", ENGLISH);
		write("messages_vi.properties", ENGLISH.replace("Sorry", "Xin lỗi"));
		write("messages_fr.properties", FRENCH);
		write("review/fr.txt", "bot.error\nhelp.list\n");
		this.tool = new TranslationTool(this.messages, new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	@Test
	void exportsACsvWithAByteOrderMark() throws IOException {
		assertThat(this.tool.run("export", "fr")).isZero();

		byte[] bytes = Files.readAllBytes(this.root.resolve("target/translations/fr.csv"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = Csv.read(new String(bytes, StandardCharsets.UTF_8));
		assertThat(rows.get(0)).containsExactly("key", "english", "vietnamese", "translation", "status",
				"placeholders");
		assertThat(rows).extracting((row) -> row.get(0) + " " + row.get(4) + " " + row.get(5))
			.containsExactly("key status placeholders", "bot.error reviewed ", "bot.not-allowed missing {role}",
					"start.welcome needs-review {name} {count}", "help.list reviewed {commands}");
		assertThat(rows.get(4).get(3)).isEqualTo("Ce que vous pouvez faire\u00a0:\n{commands}");
	}

	@Test
	void exportThenImportLeavesTheBundleUnchanged() throws IOException {
		Path csv = this.root.resolve("fr.csv");
		this.tool.run("export", "fr", csv.toString());

		assertThat(this.tool.run("import", "fr", csv.toString())).isZero();

		assertThat(read("messages_fr.properties")).isEqualTo(FRENCH);
		assertThat(read("review/fr.txt")).isEqualTo("bot.error\nhelp.list\n");
		assertThat(printed()).contains("0 updated, 4 unchanged, 0 refused");
	}

	@Test
	void importsChangedTextsInEnglishOrderKeepingComments() throws IOException {
		Path csv = csv(row("bot.not-allowed", "Seul un <b>{role}</b> peut faire cela.", "needs-review"),
				row("bot.error", "  Désolé,\nvraiment \\ désolé.", "needs-review"));

		assertThat(this.tool.run("import", "fr", csv.toString())).isZero();

		assertThat(read("messages_fr.properties"))
			.startsWith("# Français : un commentaire à garder.\n\nbot.error=\\ \\ Désolé,\\nvraiment \\\\ désolé.\n"
					+ "bot.not-allowed=Seul un <b>{role}</b> peut faire cela.\n\nstart.welcome=");
		assertThat(load("messages_fr.properties")).containsEntry("bot.error", "  Désolé,\nvraiment \\ désolé.")
			.containsEntry("help.list", "Ce que vous pouvez faire\u00a0:\n{commands}")
			.hasSize(4);
		assertThat(printed()).contains("2 updated, 0 unchanged, 0 refused");
	}

	@Test
	void refusesARowWithoutAnArgumentOfTheEnglishText() throws IOException {
		Path csv = csv(row("start.welcome", "Bonjour ! Vous avez {count} signalements.", ""),
				row("bot.error", "Oups.", ""));

		assertThat(this.tool.run("import", "fr", csv.toString())).isEqualTo(1);

		assertThat(load("messages_fr.properties"))
			.containsEntry("start.welcome",
					"Bonjour {name}\u00a0! Vous avez {count, plural, one {# signalement} other {# signalements}}.")
			.containsEntry("bot.error", "Oups.");
		assertThat(printed()).contains("1 updated, 0 unchanged, 1 refused")
			.contains("refused line 2, start.welcome: missing {name}");
	}

	@Test
	void refusesARowWithAnUnbalancedTag() throws IOException {
		Path csv = csv(row("bot.not-allowed", "Seul un <b>{role} peut faire cela.", "reviewed"));

		assertThat(this.tool.run("import", "fr", csv.toString())).isEqualTo(1);

		assertThat(read("messages_fr.properties")).isEqualTo(FRENCH);
		assertThat(read("review/fr.txt")).doesNotContain("bot.not-allowed");
		assertThat(printed()).contains("refused line 2, bot.not-allowed: <b> is never closed");
	}

	@Test
	void refusesUnknownAndRepeatedKeys() throws IOException {
		Path csv = csv(row("bot.nothing", "Rien", ""), row("bot.error", "Oups.", ""), row("bot.error", "Zut.", ""));

		assertThat(this.tool.run("import", "fr", csv.toString())).isEqualTo(1);

		assertThat(printed()).contains("line 2, bot.nothing: not a key of the English bundle")
			.contains("line 4, bot.error: the key is on an earlier line already");
		assertThat(load("messages_fr.properties")).containsEntry("bot.error", "Oups.");
	}

	@Test
	void reviewedStatusMarksAKeyAndAChangeWithoutItUnmarksIt() throws IOException {
		Path csv = csv(
				row("start.welcome",
						read("messages_fr.properties").lines()
							.filter((line) -> line.startsWith("start.welcome="))
							.findFirst()
							.orElseThrow()
							.substring("start.welcome=".length()),
						"reviewed"),
				row("help.list", "À faire\u00a0:\n{commands}", ""));

		this.tool.run("import", "fr", csv.toString());

		assertThat(read("review/fr.txt")).isEqualTo("bot.error\nstart.welcome\n");
	}

	@Test
	void createsTheBundleOfANewLanguage() throws IOException {
		Path csv = csv(row("help.list", "Tu pa:\n{commands}", ""), row("bot.error", "Ua txhaum.", ""));

		assertThat(this.tool.run("import", "hmn", csv.toString())).isZero();

		assertThat(read("messages_hmn.properties")).startsWith("# DanVan's own texts, Hmong")
			.endsWith("\n\nbot.error=Ua txhaum.\n\nhelp.list=Tu pa:\\n{commands}\n");
	}

	@Test
	void reportsEachLanguageAgainstTheEnglishKeys() throws IOException {
		write("review/en.txt", "bot.error\nbot.not-allowed\nstart.welcome\nhelp.list\n");

		assertThat(this.tool.run("report")).isZero();

		assertThat(printed().lines()).containsExactly("4 texts in messages_en.properties",
				"language translated  missing  awaiting review  reviewed",
				"en                4        0                0         4",
				"fr                3        1                1         2",
				"vi                4        0                4         0");
	}

	@Test
	void printsUsageForABadCommandLine() {
		assertThat(this.tool.run()).isEqualTo(2);
		assertThat(this.tool.run("translate", "fr")).isEqualTo(2);
		assertThat(this.tool.run("import", "fr")).isEqualTo(2);
		assertThat(this.tool.run("export", "../fr")).isEqualTo(2);
		assertThat(printed()).contains("Usage:", "export <tag> [file]");
	}

	@Test
	void saysSoWhenTheCsvIsMissing() {
		assertThat(this.tool.run("import", "fr", this.root.resolve("nothing.csv").toString())).isEqualTo(1);
		assertThat(printed()).contains("No such file");
	}

	private Path csv(List<String>... rows) throws IOException {
		List<List<String>> all = new ArrayList<>();
		all.add(List.of("key", "english", "translation", "status"));
		all.addAll(List.of(rows));
		Path file = this.root.resolve("in.csv");
		Files.writeString(file, Csv.BOM + Csv.write(all), StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> row(String key, String translation, String status) {
		return List.of(key, "", translation, status);
	}

	private void write(String name, String text) throws IOException {
		Path file = this.messages.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private String read(String name) throws IOException {
		return Files.readString(this.messages.resolve(name), StandardCharsets.UTF_8);
	}

	private Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(this.messages.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
