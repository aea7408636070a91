package org.danvan.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A person using the bot through the fake Bot API: sends messages, presses buttons,
 * blocks the bot, and reads what the bot sent them. Their private chat has the same id as
 * they do.
 */
public final class FakeUser {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final FakeTelegram telegram;

	private final long id;

	private final String firstName;

	private final String languageCode;

	private volatile boolean started;

	private volatile boolean blockedBot;

	FakeUser(FakeTelegram telegram, long id, String firstName, String languageCode) {
		this.telegram = telegram;
		this.id = id;
		this.firstName = firstName;
		this.languageCode = languageCode;
	}

	public long id() {
		return this.id;
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
		ObjectNode update = FakeTelegram.JSON.createObjectNode();
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

	/** Sends a file as a document, whose id the fake then knows. */
	public ObjectNode sendDocument(String fileName) {
		ObjectNode message = message();
		String fileId = "doc-" + UUID.randomUUID();
		this.telegram.knowFile(fileId);
		message.putObject("document")
			.put("file_id", fileId)
			.put("file_unique_id", fileId)
			.put("file_name", fileName)
			.put("file_size", 2048);
		return push("message", message);
	}

	public ObjectNode shareLocation(double latitude, double longitude) {
		ObjectNode message = message();
		message.putObject("location").put("latitude", latitude).put("longitude", longitude);
		return push("message", message);
	}

	public ObjectNode sendPhoto(String caption) {
		ObjectNode message = message();
		String fileId = "photo-" + UUID.randomUUID();
		this.telegram.knowFile(fileId);
		message.putArray("photo")
			.addObject()
			.put("file_id", fileId)
			.put("file_unique_id", fileId)
			.put("width", 1280)
			.put("height", 960);
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
		ReplyKeyboards.Key key = this.telegram.replyKeys(this.id)
			.stream()
			.filter(ReplyKeyboards.Key::requestContact)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The bot shows no share-contact key in chat " + this.id));
		return sendContact(phoneNumber, this.id, key.text());
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
		FakeTelegram.await(this::seesReplyKeys, WAIT, "keys in place of the keyboard in chat " + this.id);
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
		ObjectNode change = FakeTelegram.JSON.createObjectNode();
		change.set("chat", chat);
		change.set("from", userJson());
		change.put("date", FakeTelegram.now());
		for (String[] member : new String[][] { { "old_chat_member", before }, { "new_chat_member", after } }) {
			ObjectNode node = change.putObject(member[0]).put("status", member[1]);
			if ("kicked".equals(member[1])) {
				node.put("until_date", 0);
			}
			node.putObject("user").put("id", FakeTelegram.BOT_ID).put("is_bot", true).put("first_name", "DanVan");
		}
		ObjectNode update = FakeTelegram.JSON.createObjectNode();
		update.set("my_chat_member", change);
		this.telegram.push(update);
	}

	private ObjectNode pressData(BotMessage message, String data, ObjectNode chat) {
		String callbackId = UUID.randomUUID().toString();
		this.telegram.expectCallback(callbackId);
		ObjectNode query = FakeTelegram.JSON.createObjectNode();
		query.put("id", callbackId);
		query.set("from", userJson());
		ObjectNode shown = query.putObject("message");
		shown.put("message_id", message.messageId()).put("date", FakeTelegram.now()).put("text", message.text());
		shown.set("chat", chat);
		shown.putObject("from").put("id", FakeTelegram.BOT_ID).put("is_bot", true).put("first_name", "DanVan");
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
		FakeTelegram.await(() -> messages().stream().anyMatch(condition), WAIT, what + " in chat " + this.id
				+ "; messages so far: " + messages().stream().map(BotMessage::text).toList());
		return messages().stream().filter(condition).reduce((first, second) -> second).orElseThrow();
	}

	/** Waits for a message containing {@code text}. */
	public BotMessage awaitText(String text) {
		return await((message) -> message.text().contains(text), "a message containing '" + text + "'");
	}

	public static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
		FakeTelegram.await(condition, WAIT, what);
	}

	/** Waits until the bot has sent {@code count} messages in this chat. */
	public List<BotMessage> awaitCount(int count) {
		FakeTelegram.await(() -> messages().size() >= count, WAIT, count + " messages in chat " + this.id);
		return messages();
	}

	private ObjectNode message() {
		this.started = true;
		ObjectNode message = FakeTelegram.JSON.createObjectNode();
		message.put("message_id", this.telegram.nextMessageId(this.id));
		message.set("from", userJson());
		message.set("chat", chatJson());
		message.put("date", FakeTelegram.now());
		return message;
	}

	private ObjectNode push(String kind, ObjectNode content) {
		ObjectNode update = FakeTelegram.JSON.createObjectNode();
		update.set(kind, content);
		return this.telegram.push(update);
	}

	ObjectNode userJson() {
		ObjectNode user = FakeTelegram.JSON.createObjectNode()
			.put("id", this.id)
			.put("is_bot", false)
			.put("first_name", this.firstName);
		if (this.languageCode != null) {
			user.put("language_code", this.languageCode);
		}
		return user;
	}

	ObjectNode chatJson() {
		return FakeTelegram.JSON.createObjectNode()
			.put("id", this.id)
			.put("type", "private")
			.put("first_name", this.firstName);
	}

}
