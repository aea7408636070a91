package org.danvan.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something to say to a person, not yet in their language: a message key with named
 * arguments, or a literal that is shown as it is (a language's own name, a reference
 * code).
 *
 * @param key message key, or {@code null} for a literal
 * @param args named arguments of the message; text arguments are escaped when rendered
 * @param literal the text itself when there is no key
 */
public record Text(String key, Map<String, Object> args, String literal) {

	public Text {
		args = (args != null) ? Map.copyOf(args) : Map.of();
		if ((key == null) == (literal == null)) {
			throw new IllegalArgumentException("A text has either a key or a literal");
		}
	}

	/** A message by key, with arguments given as name, value, name, value, ... */
	public static Text of(String key, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Arguments come in name/value pairs");
		}
		Map<String, Object> args = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			args.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1]));
		}
		return new Text(key, args, null);
	}

	public static Text literal(String text) {
		return new Text(null, Map.of(), text);
	}

	public boolean isLiteral() {
		return this.literal != null;
	}

}
