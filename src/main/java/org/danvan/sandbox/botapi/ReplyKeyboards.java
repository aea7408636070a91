package org.danvan.sandbox.botapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks a reply keyboard (keys in place of the phone's keyboard) as Telegram
 * does: every key has a text, and a key that shares the phone number is allowed only in a
 * private chat.
 */
public final class ReplyKeyboards {

	private ReplyKeyboards() {
	}

	/** A key: its text, and whether pressing it shares the person's own contact. */
	public record Key(String text, boolean requestContact) {

	}

	/**
	 * The keys the markup shows; an empty list when it removes them, empty when it does
	 * not touch them.
	 */
	static Optional<List<Key>> parse(JsonNode markup, long chatId) {
		if (markup == null || markup.isNull()) {
			return Optional.empty();
		}
		JsonNode node = markup.isTextual() ? read(markup.asText()) : markup;
		if (node.path("remove_keyboard").asBoolean(false)) {
			return Optional.of(List.of());
		}
		if (!node.has("keyboard")) {
			return Optional.empty();
		}
		JsonNode rows = node.get("keyboard");
		if (!rows.isArray() || rows.isEmpty()) {
			throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
		}
		List<Key> keys = new ArrayList<>();
		for (JsonNode row : rows) {
			for (JsonNode key : row) {
				String text = key.isTextual() ? key.asText() : key.path("text").asText("");
				if (text.isBlank()) {
					throw ApiError.badRequest("BUTTON_TEXT_EMPTY");
				}
				boolean contact = key.path("request_contact").asBoolean(false);
				if (contact && chatId < 0) {
					throw ApiError.badRequest("phone number can be requested in private chats only");
				}
				keys.add(new Key(text, contact));
			}
		}
		return Optional.of(List.copyOf(keys));
	}

	private static JsonNode read(String json) {
		try {
			return BotApiStandIn.JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
		}
	}

}
