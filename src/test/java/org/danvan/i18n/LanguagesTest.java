package org.danvan.i18n;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

	private final Languages languages = languages("vi", "en", "fr", "km", "lo", "zh");

	@Test
	void matchesAnExactTag() {
		assertThat(this.languages.match("en")).contains("en");
		assertThat(this.languages.match("km")).contains("km");
	}

	@Test
	void matchesARegionalVariantToItsLanguage() {
		assertThat(this.languages.match("en-US")).contains("en");
		assertThat(this.languages.match("en_GB")).contains("en");
		assertThat(this.languages.match("FR-ca")).contains("fr");
	}

	@Test
	void matchesAScriptVariantToItsLanguage() {
		assertThat(this.languages.match("zh-hans")).contains("zh");
		assertThat(this.languages.match("zh-Hant-TW")).contains("zh");
	}

	@Test
	void matchesNothingForAnUnsupportedLanguage() {
		assertThat(this.languages.match("pt-br")).isEmpty();
		assertThat(this.languages.match("th")).isEmpty();
	}

	@Test
	void matchesNothingWithoutACode() {
		assertThat(this.languages.match(null)).isEmpty();
		assertThat(this.languages.match("")).isEmpty();
		assertThat(this.languages.match("  ")).isEmpty();
	}

	@Test
	void fallsBackToTheDefaultThenTheLastResort() {
		assertThat(this.languages.fallbackChain("fr")).containsExactly("fr", "vi", "en");
	}

	@Test
	void listsEachLanguageOnceInTheFallbackChain() {
		assertThat(this.languages.fallbackChain("vi")).containsExactly("vi", "en");
		assertThat(this.languages.fallbackChain("en")).containsExactly("en", "vi");
	}

	@Test
	void fallsBackWithoutALanguage() {
		assertThat(this.languages.fallbackChain(null)).containsExactly("vi", "en");
		assertThat(this.languages.fallbackChain("")).containsExactly("vi", "en");
	}

	@Test
	void supportsThreeLetterTags() {
		Languages withHmong = languages("vi", "en", "hmn");

		assertThat(withHmong.supported()).containsExactly("vi", "en", "hmn");
		assertThat(withHmong.isSupported("hmn")).isTrue();
		assertThat(withHmong.match("hmn")).contains("hmn");
		assertThat(withHmong.match("hmn-VN")).contains("hmn");
		assertThat(withHmong.fallbackChain("hmn")).containsExactly("hmn", "vi", "en");
	}

	@Test
	void normalisesTagsWhenCheckingSupport() {
		assertThat(this.languages.isSupported("VI")).isTrue();
		assertThat(this.languages.isSupported("de")).isFalse();
		assertThat(this.languages.isSupported(null)).isFalse();
	}

	private static Languages languages(String... tags) {
		return new Languages(new I18nSettings(List.of(tags), "vi", "en"));
	}

}
