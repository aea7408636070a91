package org.danvan.telegram;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The payload of a {@code t.me/<bot>?start=<payload>} deep link, as {@code kind-value}:
 * Telegram allows up to 64 characters of {@code A-Z a-z 0-9 _ -}.
 *
 * @param kind what the link is for, e.g. {@code inv} for an invite
 * @param value the code
 */
public record StartPayload(String kind, String value) {

	private static final Pattern ALLOWED = Pattern.compile("(?=.{3,64}$)[A-Za-z0-9_]{1,16}-[A-Za-z0-9_\\-]+");

	public static Optional<StartPayload> parse(String payload) {
		if (payload == null || !ALLOWED.matcher(payload.trim()).matches()) {
			return Optional.empty();
		}
		String trimmed = payload.trim();
		int dash = trimmed.indexOf('-');
		return Optional.of(new StartPayload(trimmed.substring(0, dash), trimmed.substring(dash + 1)));
	}

	public String encode() {
		return this.kind + "-" + this.value;
	}

}
