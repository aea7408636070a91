package org.danvan.i18n;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The supported languages, as BCP-47 tags, and the order in which they stand in for each
 * other.
 */
@Component
public class Languages {

	private final List<String> supported;

	private final String defaultLanguage;

	private final String lastResort;

	Languages(I18nSettings settings) {
		this.supported = settings.languages().stream().map(Languages::normalise).toList();
		this.defaultLanguage = normalise(settings.defaultLanguage());
		this.lastResort = normalise(settings.lastResort());
	}

	public List<String> supported() {
		return this.supported;
	}

	public String defaultLanguage() {
		return this.defaultLanguage;
	}

	public boolean isSupported(String tag) {
		return tag != null && this.supported.contains(normalise(tag));
	}

	/**
	 * The supported language closest to a Telegram {@code language_code} such as
	 * {@code en}, {@code pt-br} or {@code zh-hans}, if there is one.
	 */
	public Optional<String> match(String telegramCode) {
		if (telegramCode == null || telegramCode.isBlank()) {
			return Optional.empty();
		}
		Locale locale = Locale.forLanguageTag(telegramCode.replace('_', '-'));
		String full = normalise(locale.toLanguageTag());
		if (this.supported.contains(full)) {
			return Optional.of(full);
		}
		String language = locale.getLanguage();
		return this.supported.stream()
			.filter((tag) -> Locale.forLanguageTag(tag).getLanguage().equals(language))
			.findFirst();
	}

	/** The languages to try, in order, for a member who speaks {@code tag}. */
	public List<String> fallbackChain(String tag) {
		Set<String> chain = new LinkedHashSet<>();
		if (tag != null && !tag.isBlank()) {
			chain.add(normalise(tag));
		}
		chain.add(this.defaultLanguage);
		chain.add(this.lastResort);
		return new ArrayList<>(chain);
	}

	/** The language's name in itself, e.g. {@code Tiếng Việt}. */
	public static String ownName(String tag) {
		com.ibm.icu.util.ULocale locale = com.ibm.icu.util.ULocale.forLanguageTag(tag);
		String name = locale.getDisplayName(locale);
		return com.ibm.icu.lang.UCharacter.toTitleCase(locale, name.substring(0, 1), null) + name.substring(1);
	}

	static String normalise(String tag) {
		return Locale.forLanguageTag(tag.trim().replace('_', '-')).toLanguageTag();
	}

}
