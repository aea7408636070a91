package org.danvan.i18n.tools;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundleTest {

	private static final String TEXT = """
			# A header comment.
			# Second line: {name}.

			bot.error=Sorry, something went wrong.
			bot.long=First part \\
			    and second part
			! another comment
			help.list=What you can do:\\n{commands}

			start.welcome=Hello {name}! <b>DanVan</b>
			""";

	private static final List<String> ORDER = List.of("bot.error", "bot.long", "bot.new", "help.list",
			"language.choose", "start.welcome", "start.link-invalid");

	@Test
	void readsTheTextsInFileOrder() {
		assertThat(Bundle.parse(TEXT).texts()).containsExactly(entry("bot.error", "Sorry, something went wrong."),
				entry("bot.long", "First part and second part"), entry("help.list", "What you can do:\n{commands}"),
				entry("start.welcome", "Hello {name}! <b>DanVan</b>"));
	}

	@Test
	void writesBackWhatItReadUnchanged() {
		Bundle bundle = Bundle.parse(TEXT);
		bundle.texts().forEach((key, value) -> bundle.put(key, value, ORDER));

		assertThat(Bundle.parse(TEXT).text()).isEqualTo(TEXT);
		assertThat(bundle.text()).isEqualTo(TEXT.replace("First part \\\n    and", "First part and"));
	}

	@Test
	void insertsANewKeyAfterTheKeyBeforeItInEnglishOrder() {
		Bundle bundle = Bundle.parse(TEXT);
		bundle.put("bot.new", "New", ORDER);
		bundle.put("start.link-invalid", "Invalid", ORDER);
		bundle.put("language.choose", "Choose", ORDER);

		assertThat(bundle.text()).contains("and second part\nbot.new=New\n! another comment\nhelp.list=")
			.contains("help.list=What you can do:\\n{commands}\n\nlanguage.choose=Choose\n\nstart.welcome=")
			.endsWith("start.welcome=Hello {name}! <b>DanVan</b>\nstart.link-invalid=Invalid\n");
		assertThat(bundle.texts().keySet()).containsExactly("bot.error", "bot.long", "bot.new", "help.list",
				"language.choose", "start.welcome", "start.link-invalid");
	}

	@Test
	void escapesOnlyWhatPropertiesNeedsAndRoundTrips() throws IOException {
		List<String> values = List.of("  leading spaces", "\ttab first", "back\\slash \\n not a newline",
				"two\nlines\r\nand CR", "Xin chào {name}! សួស្ដី 你好 ສະບາຍດີ", "trailing space ", "=:#! \\u0041",
				"ends with a backslash\\", "");
		for (String value : values) {
			String line = Bundle.escapeKey("a.key") + "=" + Bundle.escapeValue(value);
			Properties properties = new Properties();
			properties.load(new StringReader(line));

			assertThat(properties.getProperty("a.key")).as(line).isEqualTo(value);
			assertThat(line).doesNotContain("\n");
		}
		assertThat(Bundle.escapeValue("Xin chào {name}")).isEqualTo("Xin chào {name}");
		assertThat(Bundle.escapeValue("  a b")).isEqualTo("\\ \\ a b");
	}

	@Test
	void escapesKeysThatPropertiesWouldSplit() throws IOException {
		String key = "#odd key=with:colon";
		Properties properties = new Properties();
		properties.load(new StringReader(Bundle.escapeKey(key) + "=v"));

		assertThat(properties.getProperty(key)).isEqualTo("v");
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

}
