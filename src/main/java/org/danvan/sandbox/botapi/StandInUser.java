package org.danvan.sandbox.botapi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A person using the bot through the Bot API stand-in: sends messages, presses buttons,
 * blocks the bot, and reads what the bot sent them. Their private chat has the same id as
 * they do.
 */
public final class StandInUser {

	/**
	 * Long enough for a loaded 2-core machine: a chat is paced below one message a
	 * second.
	 */
	private static final Duration WAIT = Duration.ofSeconds(20);

	private final BotApiStandIn telegram;

	private final long id;

	private final String firstName;

	private volatile String languageCode;

	private volatile String lastName;

	private volatile String username;

	private volatile boolean started;

	private volatile boolean blockedBot;

	StandInUser(BotApiStandIn telegram, long id, String firstName, String languageCode) {
		this.telegram = telegram;
		this.id = id;
		this.firstName = firstName;
		this.languageCode = languageCode;
	}

	public long id() {
		return this.id;
	}

	/**
	 * Gives this person a last name and a username, as Telegram shows them to the bot.
	 */
	public StandInUser named(String lastName, String username) {
		this.lastName = lastName;
		this.username = username;
		return this;
	}

	/** Switches the language of this person's Telegram app. */
	public void language(String languageCode) {
		this.languageCode = languageCode;
	}

	void markStarted() {
		this.started = true;
	}

	boolean started() {
		return this.started;
	}

	boolean blockedBot() {
		return this.blockedBot;
	}

	/** Sends a text; a leading {@code /command} is marked as Telegram marks it. */
	public ObjectNode send(String text) {
		ObjectNode update = compose(text);
		written(update.get("message"));
		this.telegram.redeliver(update);
		return update;
	}

	/**
	 * An update carrying this text, with an update id, that Telegram has not delivered:
	 * for posting to a webhook or planting as left over from a crash.
	 */
	public ObjectNode compose(String text) {
		ObjectNode message = message();
		message.put("text", text);
		if (text.startsWith("/")) {
			int end = text.indexOf(' ');
			message.putArray("entities")
				.addObject()
				.put("offset", 0)
				.put("length", (end < 0) ? text.length() : end)
				.put("type", "bot_command");
		}
		ObjectNode update = BotApiStandIn.JSON.createObjectNode();
		update.set("message", message);
		return this.telegram.number(update);
	}

	/**
	 * Sends a text with formatting, as Telegram's app marks it: each entity is
	 * {@code type}, offset and length in UTF-16 units, and a link's {@code url}.
	 */
	public ObjectNode sendFormatted(String text, List<Map<String, Object>> entities) {
		ObjectNode message = message();
		message.put("text", text);
		com.fasterxml.jackson.databind.node.ArrayNode array = message.putArray("entities");
		for (Map<String, Object> entity : entities) {
			ObjectNode node = array.addObject();
			entity.forEach((name, value) -> {
				if (value instanceof Integer number) {
					node.put(name, number);
				}
				else {
					node.put(name, value.toString());
				}
			});
		}
		return push("message", message);
	}

	/** Sends a file as a document, whose id the stand-in then knows. */
	public ObjectNode sendDocument(String fileName) {
		String fileId = "doc-" + UUID.randomUUID();
		this.telegram.knowFile(fileId);
		return sendDocument(fileId, fileName, 2048);
	}

	/** Sends a file from this person's phone as a document. */
	public ObjectNode sendDocument(String fileName, byte[] content) {
		if (content.length == 0) {
			throw ApiError.badRequest("file must be non-empty");
		}
		String fileId = "doc-" + UUID.randomUUID();
		this.telegram.knowFile(fileId, content);
		return sendDocument(fileId, fileName, content.length);
	}

	private ObjectNode sendDocument(String fileId, String fileName, int size) {
		ObjectNode message = message();
		message.putObject("document")
			.put("file_id", fileId)
			.put("file_unique_id", fileId)
			.put("file_name", fileName)
			.put("file_size", size);
		return push("message", message);
	}

	/**
	 * Records a voice note and sends it, as Telegram's app does (Ogg OPUS); the stand-in
	 * then knows its file id, which the returned update carries at
	 * {@code message.voice.file_id}.
	 */
	public ObjectNode sendVoice(int durationSeconds) {
		return sendVoice(
				("OggS voice of " + durationSeconds + " s").getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				durationSeconds);
	}

	/**
	 * Sends a recording from this person's phone as a voice note: Ogg (OPUS), refused
	 * otherwise, its length guessed from its size (about 2 KB a second).
	 */
	public ObjectNode sendVoice(byte[] ogg) {
		return sendVoice(ogg, Math.max(1, ogg.length / 2048));
	}

	private ObjectNode sendVoice(byte[] ogg, int durationSeconds) {
		if (!BotApiStandIn.isOgg(ogg)) {
			throw ApiError.badRequest("VOICE_MESSAGE_INVALID");
		}
		String fileId = "voice-" + UUID.randomUUID();
		this.telegram.knowFile(fileId, ogg);
		ObjectNode message = message();
		message.putObject("voice")
			.put("file_id", fileId)
			.put("file_unique_id", fileId)
			.put("duration", durationSeconds)
			.put("mime_type", "audio/ogg")
			.put("file_size", ogg.length);
		return push("message", message);
	}

	public ObjectNode shareLocation(double latitude, double longitude) {
		ObjectNode message = message();
		message.putObject("location").put("latitude", latitude).put("longitude", longitude);
		return push("message", message);
	}

	public ObjectNode sendPhoto(String caption) {
		String fileId = "photo-" + UUID.randomUUID();
		this.telegram.knowFile(fileId);
		return sendPhoto(fileId, 1280, 960, caption);
	}

	/**
	 * Sends a picture from this person's phone: a JPEG or PNG, refused as Telegram's app
	 * refuses anything else.
	 */
	public ObjectNode sendPhoto(byte[] image, String caption) {
		java.awt.image.BufferedImage read = Images.check(image);
		String fileId = "photo-" + UUID.randomUUID();
		this.telegram.knowFile(fileId, image);
		return sendPhoto(fileId, read.getWidth(), read.getHeight(), caption);
	}

	private ObjectNode sendPhoto(String fileId, int width, int height, String caption) {
		ObjectNode message = message();
		message.putArray("photo")
			.addObject()
			.put("file_id", fileId)
			.put("file_unique_id", fileId)
			.put("width", width)
			.put("height", height);
		if (caption != null) {
			message.put("caption", caption);
		}
		return push("message", message);
	}

	/**
	 * Shares this person's own phone number with the key the bot shows for it, as
	 * Telegram does: the contact carries the sender's own user id.
	 */
	public ObjectNode shareOwnContact(String phoneNumber) {
		awaitReplyKeys();
		return shareOwnContactIfAsked(phoneNumber)
			.orElseThrow(() -> new AssertionError("The bot shows no share-contact key in chat " + this.id));
	}

	/**
	 * Shares this person's own phone number if the bot shows the key that asks for it
	 * now; nothing if it does not.
	 */
	public Optional<ObjectNode> shareOwnContactIfAsked(String phoneNumber) {
		return this.telegram.replyKeys(this.id)
			.stream()
			.filter(ReplyKeyboards.Key::requestContact)
			.findFirst()
			.map((key) -> sendContact(phoneNumber, this.id, key.text()));
	}

	/**
	 * Sends a contact from the attachment menu: anyone's, with their user id if they use
	 * Telegram.
	 */
	public ObjectNode sendContact(String phoneNumber, Long userId, String firstName) {
		ObjectNode message = message();
		ObjectNode contact = message.putObject("contact").put("phone_number", phoneNumber).put("first_name", firstName);
		if (userId != null) {
			contact.put("user_id", userId);
		}
		return push("message", message);
	}

	/** Taps a key the bot shows in place of the keyboard: it sends the key's text. */
	public ObjectNode tapKey(String label) {
		awaitReplyKeys();
		ReplyKeyboards.Key key = this.telegram.replyKeys(this.id)
			.stream()
			.filter((shown) -> shown.text().contains(label) && !shown.requestContact())
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"No key '" + label + "' shown in chat " + this.id + ": " + this.telegram.replyKeys(this.id)));
		return send(key.text());
	}

	private void awaitReplyKeys() {
		BotApiStandIn.await(this::seesReplyKeys, WAIT, "keys in place of the keyboard in chat " + this.id);
	}

	/** Whether the bot shows keys in place of this person's keyboard. */
	public boolean seesReplyKeys() {
		return !this.telegram.replyKeys(this.id).isEmpty();
	}

	/**
	 * Presses the button whose label contains {@code label} on a message the bot sent.
	 */
	public ObjectNode press(BotMessage message, String label) {
		BotMessage.InlineButton button = message.button(label)
			.orElseThrow(() -> new AssertionError("No button '" + label + "' on " + message.buttonLabels()));
		return pressData(message, button.callbackData());
	}

	/** Sends a button press with any data, as a forged or replayed press would. */
	public ObjectNode pressData(BotMessage message, String data) {
		return pressData(message, data, chatJson());
	}

	/** Presses a button on a message the bot sent in a group chat this person is in. */
	public ObjectNode pressInGroup(long groupId, BotMessage message, String label) {
		BotMessage.InlineButton button = message.button(label)
			.orElseThrow(() -> new AssertionError("No button '" + label + "' on " + message.buttonLabels()));
		return pressData(message, button.callbackData(), this.telegram.groupJson(groupId));
	}

	/**
	 * Sends a command in a group chat this person is in (the bot, in privacy mode, sees
	 * only commands there).
	 */
	public ObjectNode sendCommandInGroup(long groupId, String command) {
		ObjectNode message = message();
		message.set("chat", this.telegram.groupJson(groupId));
		message.put("text", command);
		int end = command.indexOf(' ');
		message.putArray("entities")
			.addObject()
			.put("offset", 0)
			.put("length", (end < 0) ? command.length() : end)
			.put("type", "bot_command");
		return push("message", message);
	}

	/** Adds the bot to a group chat, as a Telegram user does from the group's menu. */
	public void addBotToGroup(long groupId, String title) {
		this.telegram.addGroup(groupId, title);
		botMembership(this.telegram.groupJson(groupId), "left", "member");
	}

	private void botMembership(ObjectNode chat, String before, String after) {
		ObjectNode change = BotApiStandIn.JSON.createObjectNode();
		change.set("chat", chat);
		change.set("from", userJson());
		change.put("date", BotApiStandIn.now());
		for (String[] member : new String[][] { { "old_chat_member", before }, { "new_chat_member", after } }) {
			ObjectNode node = change.putObject(member[0]).put("status", member[1]);
			if ("kicked".equals(member[1])) {
				node.put("until_date", 0);
			}
			node.putObject("user").put("id", BotApiStandIn.BOT_ID).put("is_bot", true).put("first_name", "DanVan");
		}
		ObjectNode update = BotApiStandIn.JSON.createObjectNode();
		update.set("my_chat_member", change);
		this.telegram.push(update);
	}

	private ObjectNode pressData(BotMessage message, String data, ObjectNode chat) {
		String callbackId = UUID.randomUUID().toString();
		this.telegram.expectCallback(callbackId);
		ObjectNode query = BotApiStandIn.JSON.createObjectNode();
		query.put("id", callbackId);
		query.set("from", userJson());
		ObjectNode shown = query.putObject("message");
		shown.put("message_id", message.messageId()).put("date", BotApiStandIn.now()).put("text", message.text());
		shown.set("chat", chat);
		shown.putObject("from").put("id", BotApiStandIn.BOT_ID).put("is_bot", true).put("first_name", "DanVan");
		query.put("chat_instance", "ci-" + this.id);
		query.put("data", data);
		return push("callback_query", query);
	}

	public void blockBot() {
		this.blockedBot = true;
		botMembership(chatJson(), "member", "kicked");
	}

	public void unblockBot() {
		this.blockedBot = false;
	}

	public List<BotMessage> messages() {
		return this.telegram.messages(this.id);
	}

	/**
	 * Waits for the bot to have sent (or edited into) a message matching the condition.
	 */
	public BotMessage await(Predicate<BotMessage> condition, String what) {
		BotApiStandIn.await(() -> messages().stream().anyMatch(condition), WAIT, what + " in chat " + this.id
				+ "; messages so far: " + messages().stream().map(BotMessage::text).toList());
		return messages().stream().filter(condition).reduce((first, second) -> second).orElseThrow();
	}

	/** Waits for a message containing {@code text}. */
	public BotMessage awaitText(String text) {
		return await((message) -> message.text().contains(text), "a message containing '" + text + "'");
	}

	public static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
		BotApiStandIn.await(condition, WAIT, what);
	}

	/** Waits until the bot has sent {@code count} messages in this chat. */
	public List<BotMessage> awaitCount(int count) {
		BotApiStandIn.await(() -> messages().size() >= count, WAIT, count + " messages in chat " + this.id);
		return messages();
	}

	private ObjectNode message() {
		this.started = true;
		ObjectNode message = BotApiStandIn.JSON.createObjectNode();
		message.put("message_id", this.telegram.nextMessageId(this.id));
		message.set("from", userJson());
		message.set("chat", chatJson());
		message.put("date", BotApiStandIn.now());
		return message;
	}

	private ObjectNode push(String kind, ObjectNode content) {
		if ("message".equals(kind)) {
			written(content);
		}
		ObjectNode update = BotApiStandIn.JSON.createObjectNode();
		update.set(kind, content);
		return this.telegram.push(update);
	}

	private void written(com.fasterxml.jackson.databind.JsonNode message) {
		if (message.path("chat").path("id").asLong() != this.id) {
			return;
		}
		String text = message.has("caption") ? message.get("caption").asText() : message.path("text").asText("");
		String media = null;
		String fileName = null;
		if (message.has("photo")) {
			media = "photo:" + message.get("photo").get(0).get("file_id").asText();
		}
		else if (message.has("document")) {
			media = "document:" + message.get("document").get("file_id").asText();
			fileName = message.get("document").path("file_name").asText("");
		}
		else if (message.has("voice")) {
			media = "voice:" + message.get("voice").get("file_id").asText();
		}
		else if (message.has("location")) {
			media = "location:" + message.get("location").get("latitude").asDouble() + ","
					+ message.get("location").get("longitude").asDouble();
		}
		else if (message.has("contact")) {
			text = "📞 " + message.get("contact").get("phone_number").asText();
		}
		this.telegram.userSent(this.id, new UserMessage(this.id, message.get("message_id").asInt(), text, media,
				fileName, message.path("date").asLong()));
	}

	ObjectNode userJson() {
		ObjectNode user = BotApiStandIn.JSON.createObjectNode()
			.put("id", this.id)
			.put("is_bot", false)
			.put("first_name", this.firstName);
		if (this.languageCode != null) {
			user.put("language_code", this.languageCode);
		}
		return withNames(user);
	}

	ObjectNode chatJson() {
		return withNames(BotApiStandIn.JSON.createObjectNode()
			.put("id", this.id)
			.put("type", "private")
			.put("first_name", this.firstName));
	}

	private ObjectNode withNames(ObjectNode json) {
		if (this.lastName != null) {
			json.put("last_name", this.lastName);
		}
		if (this.username != null) {
			json.put("username", this.username);
		}
		return json;
	}

}
