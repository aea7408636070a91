package org.danvan.area;

import java.util.Locale;
import java.util.Map;

/**
 * Picks a place name in a language: the exact tag, then its language alone, then
 * Vietnamese.
 */
final class Names {

	private Names() {
	}

	static String in(Map<String, String> names, String language) {
		if (language != null) {
			String exact = names.get(language);
			if (exact != null) {
				return exact;
			}
			String base = names.get(Locale.forLanguageTag(language).getLanguage());
			if (base != null) {
				return base;
			}
		}
		return names.getOrDefault("vi", names.values().iterator().next());
	}

}
