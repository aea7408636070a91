package org.danvan.sandbox.botapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks a {@code reply_markup} as Telegram does: button texts present, exactly
 * one action, callback data of 1 to 64 bytes, links that are links.
 */
final class InlineKeyboards {

	private InlineKeyboards() {
	}

	static List<List<BotMessage.InlineButton>> parse(JsonNode markup) {
		if (markup == null || markup.isNull()) {
			return List.of();
		}
		JsonNode node = markup.isTextual() ? read(markup.asText()) : markup;
		if (node.has("keyboard") || node.has("remove_keyboard") || node.has("force_reply")) {
			return List.of();
		}
		JsonNode rows = node.get("inline_keyboard");
		if (rows == null || !rows.isArray()) {
			throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
		}
		int count = 0;
		for (JsonNode row : rows) {
			count += row.size();
		}
		if (count > 100) {
			throw ApiError.badRequest("BUTTONS_TOO_MUCH");
		}
		List<List<BotMessage.InlineButton>> parsed = new ArrayList<>();
		for (JsonNode row : rows) {
			List<BotMessage.InlineButton> buttons = new ArrayList<>();
			for (JsonNode button : row) {
				buttons.add(button(button));
			}
			parsed.add(List.copyOf(buttons));
		}
		return List.copyOf(parsed);
	}

	private static BotMessage.InlineButton button(JsonNode button) {
		String text = button.path("text").asText("");
		if (text.isBlank()) {
			throw ApiError.badRequest("BUTTON_TEXT_EMPTY");
		}
		String data = button.hasNonNull("callback_data") ? button.get("callback_data").asText() : null;
		String url = button.hasNonNull("url") ? button.get("url").asText() : null;
		if ((data == null) == (url == null)) {
			throw ApiError
				.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
		}
		if (data != null) {
			int bytes = data.getBytes(StandardCharsets.UTF_8).length;
			if (bytes < 1 || bytes > 64) {
				throw ApiError.badRequest("BUTTON_DATA_INVALID");
			}
		}
		if (url != null && !url.matches("(https?|tg)://\\S+")) {
			throw ApiError.badRequest("BUTTON_URL_INVALID");
		}
		return new BotMessage.InlineButton(text, data, url);
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
