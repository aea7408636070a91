package org.danvan.telegram;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The data behind an inline button, {@code prefix:action[:arg]}: printable ASCII without
 * colons in prefix and action, at most 64 bytes as Telegram allows. The prefix routes the
 * press to a feature; nothing in it is trusted.
 *
 * @param prefix which feature handles the press
 * @param action what to do
 * @param arg what to do it to, may be empty
 */
public record CallbackData(String prefix, String action, String arg) {

	public static final int MAX_BYTES = 64;

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.\\-]{1,32}");

	private static final Pattern ARG = Pattern.compile("[\\x21-\\x7E]*");

	public CallbackData {
		arg = (arg != null) ? arg : "";
		if (prefix == null || action == null) {
			throw new IllegalArgumentException("Callback data needs a prefix and an action");
		}
		if (!WORD.matcher(prefix).matches() || !WORD.matcher(action).matches()) {
			throw new IllegalArgumentException("Bad callback prefix or action: " + prefix + ":" + action);
		}
		if (!ARG.matcher(arg).matches()) {
			throw new IllegalArgumentException("Callback argument must be printable ASCII");
		}
		if (encodedLength(prefix, action, arg) > MAX_BYTES) {
			throw new IllegalArgumentException("Callback data over " + MAX_BYTES + " bytes");
		}
	}

	public static CallbackData of(String prefix, String action, Object arg) {
		return new CallbackData(prefix, action, java.util.Objects.toString(arg, ""));
	}

	public static CallbackData of(String prefix, String action) {
		return new CallbackData(prefix, action, "");
	}

	/**
	 * Parses button data, or throws {@link IllegalArgumentException} when it is not ours.
	 */
	public static CallbackData parse(String data) {
		if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new IllegalArgumentException("Callback data missing or too long");
		}
		String[] parts = data.split(":", 3);
		if (parts.length < 2) {
			throw new IllegalArgumentException("Callback data without an action");
		}
		return new CallbackData(parts[0], parts[1], (parts.length == 3) ? parts[2] : "");
	}

	public String encode() {
		return this.arg.isEmpty() ? this.prefix + ":" + this.action : this.prefix + ":" + this.action + ":" + this.arg;
	}

	private static int encodedLength(String prefix, String action, String arg) {
		return prefix.length() + 1 + action.length() + (arg.isEmpty() ? 0 : 1 + arg.length());
	}

}
