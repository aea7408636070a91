package org.danvan.i18n;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextsTest {

	private final Texts texts = new Texts(new Languages(new I18nSettings(List.of("vi", "en"), "vi", "en")));

	@Test
	void readsVietnameseAsUtf8() {
		assertThat(this.texts.render("vi", Text.of("language.choose"))).isEqualTo("Vui lòng chọn ngôn ngữ:");
	}

	@Test
	void rendersTheMembersLanguage() {
		assertThat(this.texts.render("en", Text.of("language.choose"))).isEqualTo("Please choose your language:");
	}

	@Test
	void keepsApostrophesAsWritten() {
		String text = this.texts.plain("en", Text.of("bot.unknown-command", "command", "/foo"));

		assertThat(text).isEqualTo("I don't know the command /foo. Send /help to see what I can do.");
	}

	@Test
	void escapesTextArgumentsInHtml() {
		String html = this.texts.render("en", Text.of("start.welcome", "name", "<script>&"));

		assertThat(html).startsWith("Hello &lt;script&gt;&amp;! This is <b>DanVan</b>");
	}

	@Test
	void leavesTextArgumentsAsTheyAreInPlainText() {
		String plain = this.texts.plain("en", Text.of("start.welcome", "name", "<script>&"));

		assertThat(plain).startsWith("Hello <script>&! This is <b>DanVan</b>");
	}

	@Test
	void escapesLiteralsInHtmlOnly() {
		Text literal = Text.literal("Tiếng Việt <b>&");

		assertThat(this.texts.render("vi", literal)).isEqualTo("Tiếng Việt &lt;b&gt;&amp;");
		assertThat(this.texts.plain("vi", literal)).isEqualTo("Tiếng Việt <b>&");
	}

	@Test
	void fallsBackToTheDefaultLanguageForALanguageWithoutABundle() {
		assertThat(this.texts.render("th", Text.of("language.choose"))).isEqualTo("Vui lòng chọn ngôn ngữ:");
		assertThat(this.texts.has("th", "language.choose")).isFalse();
		assertThat(this.texts.has("vi", "language.choose")).isTrue();
	}

	@Test
	void rendersANestedTextInTheSameLanguage() {
		Text line = Text.of("help.line", "command", "/start", "description", Text.of("command.start.description"));

		assertThat(this.texts.render("vi", line)).isEqualTo("/start — Bắt đầu lại và chọn ngôn ngữ");
	}

	@Test
	void rendersAListOfTextsOnePerLine() {
		Text help = Text.of("help.list", "commands",
				List.of(Text.of("help.line", "command", "/start", "description", Text.of("command.start.description")),
						Text.of("help.line", "command", "/help", "description", Text.of("command.help.description"))));

		assertThat(this.texts.render("en", help))
			.isEqualTo("What you can do:\n/start — Start over and choose your language\n/help — What you can do here");
	}

	@Test
	void escapesNestedArgumentsOnceOnly() {
		Text line = Text.of("help.line", "command", "<x>", "description", Text.literal("a & b"));

		assertThat(this.texts.render("en", line)).isEqualTo("&lt;x&gt; — a &amp; b");
		assertThat(this.texts.plain("en", line)).isEqualTo("<x> — a & b");
	}

	@Test
	void refusesAnUnknownKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.texts.render("en", Text.of("no.such-key")))
			.withMessageContaining("no.such-key");
	}

	@Test
	void pluralsFollowEachLanguagesRules() {
		Texts six = new Texts(new Languages(new I18nSettings(List.of("vi", "en", "fr"), "vi", "en")));

		assertThat(six.render("en", Text.of("audit.list", "count", 1, "lines", List.of())))
			.startsWith("The latest action:");
		assertThat(six.render("en", Text.of("audit.list", "count", 3, "lines", List.of())))
			.startsWith("The latest 3 actions:");
		assertThat(six.render("fr", Text.of("audit.list", "count", 1, "lines", List.of())))
			.startsWith("La dernière action");
		assertThat(six.render("fr", Text.of("audit.list", "count", 2, "lines", List.of())))
			.startsWith("Les 2 dernières actions");
		assertThat(six.render("vi", Text.of("audit.list", "count", 2, "lines", List.of()))).startsWith("2 thao tác");
	}

}
