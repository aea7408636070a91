package org.danvan.i18n;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders {@link Text}s in a person's language as Telegram HTML: the message patterns are
 * trusted HTML, every text argument is escaped. Formatting is ICU's, so plurals and
 * selects work and apostrophes stay as written.
 */
@Component
public class Texts {

	private final MessagePatterns patterns = new MessagePatterns();

	private final Languages languages;

	Texts(Languages languages) {
		this.languages = languages;
		warmUp();
	}

	/**
	 * Loads every bundle and ICU's data now, not while the first person waits for an
	 * answer.
	 */
	private void warmUp() {
		for (String language : this.languages.supported()) {
			render(language, Text.of("start.welcome", "name", "DanVan"));
		}
	}

	/** The text as Telegram HTML, its arguments escaped. */
	public String render(String language, Text text) {
		return render(language, text, true);
	}

	/**
	 * The text as plain text, for button labels and notices, which Telegram does not
	 * parse.
	 */
	public String plain(String language, Text text) {
		return render(language, text, false);
	}

	private String render(String language, Text text, boolean html) {
		if (text.isLiteral()) {
			return html ? escape(text.literal()) : text.literal();
		}
		for (String candidate : this.languages.fallbackChain(language)) {
			String pattern = this.patterns.pattern(text.key(), candidate);
			if (pattern != null) {
				return format(pattern, candidate, text.args(), html);
			}
		}
		throw new IllegalArgumentException("No message '" + text.key() + "' in any language");
	}

	/** Whether the bundle of this exact language has the key (no fallback). */
	public boolean has(String language, String key) {
		return this.patterns.pattern(key, language) != null;
	}

	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private String format(String pattern, String language, Map<String, Object> args, boolean html) {
		Map<String, Object> safe = new LinkedHashMap<>();
		args.forEach((name, value) -> safe.put(name, argument(language, value, html)));
		return new MessageFormat(pattern, ULocale.forLanguageTag(language)).format(safe);
	}

	/**
	 * Nested texts are rendered in the same language; a list of them becomes one per
	 * line.
	 */
	private Object argument(String language, Object value, boolean html) {
		if (value instanceof Text nested) {
			return render(language, nested, html);
		}
		if (value instanceof List<?> list && list.stream().allMatch(Text.class::isInstance)) {
			return list.stream().map((item) -> render(language, (Text) item, html)).collect(Collectors.joining("\n"));
		}
		if (value instanceof Html safe) {
			return html ? safe.html() : safe.plain();
		}
		if (html && value instanceof CharSequence chars) {
			return escape(chars.toString());
		}
		if (value instanceof Instant instant) {
			return Date.from(instant);
		}
		return value;
	}

}
