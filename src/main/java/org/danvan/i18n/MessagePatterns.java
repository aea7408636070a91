package org.danvan.i18n;

import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Reads the raw message patterns of {@code messages/messages_<tag>.properties} as UTF-8,
 * one language at a time, so that {@link Texts} can format them with ICU.
 */
class MessagePatterns extends ReloadableResourceBundleMessageSource {

	MessagePatterns() {
		setBasename("classpath:messages/messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
		setUseCodeAsDefaultMessage(false);
	}

	/** The pattern of {@code key} in exactly this language, or {@code null}. */
	String pattern(String key, String languageTag) {
		return resolveCodeWithoutArguments(key, Locale.forLanguageTag(languageTag));
	}

}
