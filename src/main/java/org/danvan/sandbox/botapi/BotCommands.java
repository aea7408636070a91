package org.danvan.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks {@code setMyCommands} as Telegram does: 1 to 100 commands of 1 to 32 lowercase
 * letters, digits and underscores, descriptions of 1 to 256 characters, and a two-letter
 * language code or none.
 */
final class BotCommands {

	private BotCommands() {
	}

	static boolean validate(JsonNode params) {
		JsonNode commands = params.get("commands");
		if (commands != null && commands.isTextual()) {
			try {
				commands = BotApiStandIn.JSON.readTree(commands.asText());
			}
			catch (Exception ex) {
				throw ApiError.badRequest("can't parse commands JSON object");
			}
		}
		if (commands == null || !commands.isArray() || commands.size() > 100) {
			throw ApiError.badRequest("commands must be an array of at most 100 commands");
		}
		for (JsonNode command : commands) {
			if (!command.path("command").asText("").matches("[a-z0-9_]{1,32}")) {
				throw ApiError.badRequest("BOT_COMMAND_INVALID");
			}
			String description = command.path("description").asText("");
			if (description.isBlank() || description.length() > 256) {
				throw ApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
			}
		}
		String language = params.path("language_code").asText("");
		if (!language.isEmpty() && !language.matches("[a-z]{2}")) {
			throw ApiError.badRequest("LANG_CODE_INVALID");
		}
		return true;
	}

}
