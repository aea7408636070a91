package org.danvan.sandbox.botapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Telegram Bot API server over real HTTP on 127.0.0.1, as strict as Telegram for what
 * the bot uses: {@code getUpdates} offsets and long polling with increasing update ids
 * and real timestamps, the 4096-character limit counted after entity parsing, HTML entity
 * validation, 64-byte callback data, unknown chats, blocked users, and optional flood
 * limits answering 429 with {@code retry_after}; on request it fails as Telegram does in
 * an outage ({@link Faults}: JSON 500s, HTML 502s, dropped connections, slow answers).
 * Tests play users through {@link StandInUser}, and so does the sandbox's page; both read
 * what the bot sent.
 */
public final class BotApiStandIn implements AutoCloseable {

	public static final String TOKEN = "123456789:AAFakeTokenForTests_0123456789abcdef";

	public static final long BOT_ID = 123456789L;

	public static final String BOT_USERNAME = "danvan_test_bot";

	static final int MAX_TEXT = 4096;

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool((runnable) -> {
		Thread thread = new Thread(runnable, "bot-api-stand-in");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicInteger nextUpdateId = new AtomicInteger(500_000);

	private final List<ObjectNode> pending = new ArrayList<>();

	private final Map<Long, StandInUser> users = new ConcurrentHashMap<>();

	private final Map<Long, List<BotMessage>> sent = new ConcurrentHashMap<>();

	private final Map<Long, AtomicInteger> messageIds = new ConcurrentHashMap<>();

	private final Map<String, Boolean> callbackAnswered = new ConcurrentHashMap<>();

	private final Map<String, String> callbackTexts = new ConcurrentHashMap<>();

	private final Map<Long, String> groups = new ConcurrentHashMap<>();

	private final AtomicInteger downloads = new AtomicInteger();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<Long, Instant> handedOutAt = new ConcurrentHashMap<>();

	private final Map<String, List<Injected>> injected = new ConcurrentHashMap<>();

	private final AtomicLong tooManyRequests = new AtomicLong();

	private final AtomicLong paidBroadcasts = new AtomicLong();

	private final Map<Long, Boolean> chatsReached = new ConcurrentHashMap<>();

	private final java.util.Set<String> fileIds = ConcurrentHashMap.newKeySet();

	private final AtomicInteger uploadIds = new AtomicInteger();

	private final Map<String, UploadedFile> uploads = new ConcurrentHashMap<>();

	private final Map<String, UploadedFile> sentFiles = new ConcurrentHashMap<>();

	private final Map<Long, List<ReplyKeyboards.Key>> replyKeys = new ConcurrentHashMap<>();

	private final Map<Long, List<UserMessage>> userMessages = new ConcurrentHashMap<>();

	private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	private final Map<String, byte[]> fileContents = new ConcurrentHashMap<>();

	private final Map<Long, AtomicLong> revisions = new ConcurrentHashMap<>();

	private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

	private volatile FloodLimits.Buckets flood;

	private volatile Faults faults;

	private final Map<String, List<Map.Entry<Long, Faults.Fault>>> nextFaults = new ConcurrentHashMap<>();

	private volatile String webhookUrl = "";

	private volatile boolean recordCalls = true;

	/** A call the bot made, with its parameters, in the order received. */
	public record Call(String method, JsonNode params, Instant at) {

	}

	public BotApiStandIn() {
		try {
			// Telegram's front end answers in one segment; the JDK's server, which writes
			// the
			// headers and the body apart, would otherwise hold the body for the client's
			// delayed ACK (40 ms) on a busy keep-alive connection
			System.setProperty("sun.net.httpserver.nodelay", "true");
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(this.threads);
		this.server.createContext("/", this::exchange);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	// ---- the test's side

	public StandInUser user(long id, String firstName, String languageCode) {
		return this.users.computeIfAbsent(id, (key) -> new StandInUser(this, id, firstName, languageCode));
	}

	/** A group chat (negative id) the bot is a member of. */
	public void addGroup(long groupId, String title) {
		if (groupId >= 0) {
			throw new IllegalArgumentException("Group chat ids are negative");
		}
		this.groups.put(groupId, title);
	}

	ObjectNode groupJson(long groupId) {
		return JSON.createObjectNode()
			.put("id", groupId)
			.put("type", "supergroup")
			.put("title", this.groups.getOrDefault(groupId, "Group"));
	}

	/**
	 * Whether every call is kept for {@link #calls}; a long-running stand-in (the
	 * sandbox) keeps none.
	 */
	public void recordCalls(boolean record) {
		this.recordCalls = record;
	}

	public void floodLimits(FloodLimits limits) {
		this.flood = (limits != null) ? new FloodLimits.Buckets(limits) : null;
	}

	/**
	 * Mixes failures into the answers from now on, as Telegram fails during an outage;
	 * null: none.
	 */
	public void faults(Faults faults) {
		this.faults = faults;
	}

	/**
	 * The next call of {@code method} for this chat fails with this error instead of
	 * running.
	 */
	public void failNext(String method, long chatId, int code, String description, Integer retryAfter) {
		this.injected.computeIfAbsent(method.toLowerCase(), (key) -> new CopyOnWriteArrayList<>())
			.add(new Injected(chatId, new ApiError(code, description, retryAfter)));
	}

	/**
	 * The next call of {@code method} for this chat meets this failure (a slow answer
	 * takes 3 seconds).
	 */
	public void faultNext(String method, long chatId, Faults.Fault fault) {
		this.nextFaults.computeIfAbsent(method.toLowerCase(), (key) -> new CopyOnWriteArrayList<>())
			.add(Map.entry(chatId, fault));
	}

	/** The next call of {@code method} for this chat answers only after {@code delay}. */
	public void delayNext(String method, long chatId, Duration delay) {
		this.injected.computeIfAbsent(method.toLowerCase(), (key) -> new CopyOnWriteArrayList<>())
			.add(new Injected(chatId, null, delay));
	}

	/** A person who started the bot (so it may write to them) and wrote nothing since. */
	public StandInUser startedUser(long id, String firstName, String languageCode) {
		StandInUser user = user(id, firstName, languageCode);
		user.markStarted();
		return user;
	}

	public void removeListener(LongConsumer listener) {
		this.listeners.remove(listener);
	}

	/**
	 * {@code count} people, from id {@code firstId} on, who started the bot and wrote
	 * nothing since.
	 */
	public List<StandInUser> startedUsers(long firstId, int count, String languageCode) {
		List<StandInUser> started = new ArrayList<>();
		for (long id = firstId; id < firstId + count; id++) {
			StandInUser user = user(id, "User" + id, languageCode);
			user.markStarted();
			started.add(user);
		}
		return started;
	}

	private record Injected(long chatId, ApiError error, Duration delay) {

		Injected(long chatId, ApiError error) {
			this(chatId, error, null);
		}

	}

	/**
	 * How many chats of ids {@code [first, first + count)} the bot has sent at least one
	 * message.
	 */
	public long chatsReached(long first, int count) {
		return this.chatsReached.keySet().stream().filter((id) -> id >= first && id < first + count).count();
	}

	public long tooManyRequests() {
		return this.tooManyRequests.get();
	}

	/** Messages sent with {@code allow_paid_broadcast}, each charged in Stars. */
	public long paidBroadcasts() {
		return this.paidBroadcasts.get();
	}

	/** The Stars Telegram would have taken from the bot's balance for paid broadcasts. */
	public double starsCharged() {
		return this.paidBroadcasts.get() * FloodLimits.STARS_PER_PAID_MESSAGE;
	}

	public List<Call> calls(String method) {
		return this.calls.stream().filter((call) -> call.method().equalsIgnoreCase(method)).toList();
	}

	public String webhookUrl() {
		return this.webhookUrl;
	}

	/** What a person sent in their chat, in order. */
	public List<UserMessage> userMessages(long chatId) {
		return List.copyOf(this.userMessages.getOrDefault(chatId, List.of()));
	}

	/** When the bot sent this message, in seconds since the epoch. */
	public long sentAt(BotMessage message) {
		return this.sentAt.getOrDefault(message.chatId() + ":" + message.messageId(), 0L);
	}

	/** Grows by one whenever something is sent, edited or written in the chat. */
	public long revision(long chatId) {
		AtomicLong revision = this.revisions.get(chatId);
		return (revision != null) ? revision.get() : 0;
	}

	/** Calls {@code listener} with the chat's id whenever its {@link #revision} grows. */
	public void onChange(LongConsumer listener) {
		this.listeners.add(listener);
	}

	/** Forgets every person, chat and file, as a new Telegram would. */
	public void clear() {
		synchronized (this.pending) {
			this.pending.clear();
		}
		List<Long> chats = new ArrayList<>(this.revisions.keySet());
		this.users.clear();
		this.sent.clear();
		this.userMessages.clear();
		this.sentAt.clear();
		this.sentFiles.clear();
		this.uploads.clear();
		this.fileIds.clear();
		this.fileContents.clear();
		this.replyKeys.clear();
		this.callbackAnswered.clear();
		this.callbackTexts.clear();
		this.chatsReached.clear();
		this.calls.clear();
		chats.forEach(this::changed);
	}

	public List<BotMessage> messages(long chatId) {
		return List.copyOf(this.sent.getOrDefault(chatId, List.of()));
	}

	/** The text a button press was answered with (a toast), once it was answered. */
	public String callbackText(String callbackId) {
		awaitAnswered(callbackId);
		return this.callbackTexts.getOrDefault(callbackId, "");
	}

	public boolean callbackAnswered(String callbackId) {
		return Boolean.TRUE.equals(this.callbackAnswered.get(callbackId));
	}

	public void awaitAnswered(String callbackId) {
		await(() -> callbackAnswered(callbackId), Duration.ofSeconds(10), "the button press to be answered");
	}

	/**
	 * Delivers an update; again, if it was delivered before, as Telegram does when its
	 * receipt was not confirmed.
	 */
	public void redeliver(ObjectNode update) {
		synchronized (this.pending) {
			this.pending.add(update);
			this.pending.sort((a, b) -> Integer.compare(a.get("update_id").asInt(), b.get("update_id").asInt()));
			this.pending.notifyAll();
		}
	}

	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static void await(BooleanSupplier condition, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	// ---- the users' side, used by StandInUser

	ObjectNode number(ObjectNode update) {
		update.put("update_id", this.nextUpdateId.incrementAndGet());
		return update;
	}

	void userSent(long chatId, UserMessage message) {
		this.userMessages.computeIfAbsent(chatId, (id) -> new CopyOnWriteArrayList<>()).add(message);
		changed(chatId);
	}

	private void changed(long chatId) {
		long revision = this.revisions.computeIfAbsent(chatId, (id) -> new AtomicLong()).incrementAndGet();
		if (revision > 0) {
			this.listeners.forEach((listener) -> listener.accept(chatId));
		}
	}

	ObjectNode push(ObjectNode update) {
		number(update);
		synchronized (this.pending) {
			this.pending.add(update);
			this.pending.notifyAll();
		}
		return update;
	}

	int nextMessageId(long chatId) {
		return this.messageIds.computeIfAbsent(chatId, (id) -> new AtomicInteger()).incrementAndGet();
	}

	void expectCallback(String id) {
		this.callbackAnswered.put(id, false);
	}

	static long now() {
		return Instant.now().getEpochSecond();
	}

	// ---- HTTP

	private void exchange(HttpExchange exchange) throws IOException {
		if (download(exchange)) {
			return;
		}
		ObjectNode response;
		int status;
		try {
			String path = exchange.getRequestURI().getPath();
			String prefix = "/bot" + TOKEN + "/";
			if (!path.startsWith(prefix)) {
				throw new ApiError(401, "Unauthorized");
			}
			String method = path.substring(prefix.length()).toLowerCase();
			ObjectNode params = params(exchange);
			if (this.recordCalls) {
				this.calls.add(new Call(method, params, Instant.now()));
			}
			Faults.Fault fault = nextFault(method, params);
			if (fault == Faults.Fault.DROP_BEFORE || fault == Faults.Fault.HTML_502) {
				failWithoutJson(exchange, fault);
				return;
			}
			if (fault == Faults.Fault.JSON_500) {
				throw new ApiError(500, "Internal Server Error");
			}
			if (fault == Faults.Fault.SLOW) {
				Faults current = this.faults;
				sleep((current != null) ? current.slowBy(method) : Duration.ofSeconds(3));
			}
			Object result = call(method, params);
			if (fault == Faults.Fault.DROP_AFTER) {
				failWithoutJson(exchange, fault);
				return;
			}
			response = JSON.createObjectNode().put("ok", true);
			response.set("result", JSON.valueToTree(result));
			status = 200;
		}
		catch (ApiError error) {
			response = JSON.createObjectNode()
				.put("ok", false)
				.put("error_code", error.code)
				.put("description", error.getMessage());
			if (error.retryAfter != null) {
				response.putObject("parameters").put("retry_after", error.retryAfter);
			}
			status = error.code;
		}
		catch (RuntimeException bug) {
			// A fault of the stand-in itself: say so loudly rather than drop the
			// connection.
			bug.printStackTrace();
			response = JSON.createObjectNode()
				.put("ok", false)
				.put("error_code", 500)
				.put("description", "Internal Server Error: the stand-in failed: " + bug);
			status = 500;
		}
		byte[] body = JSON.writeValueAsBytes(response);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private Faults.Fault nextFault(String method, ObjectNode params) {
		List<Map.Entry<Long, Faults.Fault>> next = this.nextFaults.getOrDefault(method, List.of());
		long chatId = params.path("chat_id").asLong(0);
		for (Map.Entry<Long, Faults.Fault> entry : next) {
			if (entry.getKey() == chatId && next.remove(entry)) {
				return entry.getValue();
			}
		}
		Faults current = this.faults;
		return (current != null) ? current.draw(method) : null;
	}

	/**
	 * A dropped connection (closing the exchange before any answer closes the socket), or
	 * the front end's HTML error page.
	 */
	private static void failWithoutJson(HttpExchange exchange, Faults.Fault fault) throws IOException {
		if (fault == Faults.Fault.HTML_502) {
			byte[] page = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
					+ "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
					+ "</body>\r\n</html>\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			exchange.getResponseHeaders().add("Content-Type", "text/html");
			exchange.getResponseHeaders().add("Server", "nginx/1.18.0");
			exchange.sendResponseHeaders(502, page.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(page);
			}
			return;
		}
		exchange.close();
	}

	private ObjectNode params(HttpExchange exchange) throws IOException {
		ObjectNode params = JSON.createObjectNode();
		String query = exchange.getRequestURI().getRawQuery();
		if (query != null) {
			form(query, params);
		}
		try (InputStream in = exchange.getRequestBody()) {
			byte[] bytes = in.readAllBytes();
			String body = new String(bytes, StandardCharsets.UTF_8);
			String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
			if (body.isBlank()) {
				return params;
			}
			if (type.contains("application/json")) {
				JsonNode node = JSON.readTree(body);
				if (!node.isObject()) {
					throw ApiError.badRequest("invalid request body");
				}
				params.setAll((ObjectNode) node);
			}
			else if (type.contains("application/x-www-form-urlencoded")) {
				form(body, params);
			}
			else if (type.contains("multipart/form-data")) {
				Multipart.parse(bytes, type, params, this::keepUpload);
			}
			else {
				throw ApiError.badRequest("unsupported content type " + type);
			}
		}
		return params;
	}

	private String keepUpload(String fileName, byte[] bytes) {
		String token = "attach-" + this.uploadIds.incrementAndGet();
		this.uploads.put(token, new UploadedFile(fileName, bytes));
		return "file:" + token;
	}

	/** A file the bot uploaded with a message. */
	public record UploadedFile(String name, byte[] bytes) {

	}

	private static void form(String encoded, ObjectNode params) {
		for (String pair : encoded.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
	}

	private Object call(String method, ObjectNode params) {
		List<Injected> errors = this.injected.get(method);
		long chatId = params.path("chat_id").asLong(0);
		Injected match = (errors != null)
				? errors.stream().filter((injected) -> injected.chatId() == chatId).findFirst().orElse(null) : null;
		if (match != null && errors.remove(match)) {
			if (match.delay() != null) {
				sleep(match.delay());
			}
			else {
				countTooMany(match.error());
				throw match.error();
			}
		}
		return switch (method) {
			case "getme" -> me();
			case "getupdates" -> getUpdates(params);
			case "sendmessage" -> sendMessage(params);
			case "editmessagetext" -> editMessageText(params);
			case "sendphoto" -> sendPhoto(params);
			case "senddocument" -> sendDocument(params);
			case "sendvoice" -> sendVoice(params);
			case "sendlocation" -> sendLocation(params);
			case "getfile" -> getFile(params);
			case "answercallbackquery" -> answerCallbackQuery(params);
			case "setwebhook" -> setWebhook(params);
			case "deletewebhook" -> deleteWebhook();
			case "getwebhookinfo" -> JSON.createObjectNode().put("url", this.webhookUrl).put("pending_update_count", 0);
			case "setmycommands" -> BotCommands.validate(params);
			case "deletemycommands" -> true;
			case "getmycommands" -> List.of();
			default -> throw new ApiError(404, "Not Found");
		};
	}

	private void countTooMany(ApiError error) {
		if (error.code == 429) {
			this.tooManyRequests.incrementAndGet();
		}
	}

	private ObjectNode me() {
		return JSON.createObjectNode()
			.put("id", BOT_ID)
			.put("is_bot", true)
			.put("first_name", "DanVan")
			.put("username", BOT_USERNAME);
	}

	private List<ObjectNode> getUpdates(ObjectNode params) {
		if (!this.webhookUrl.isEmpty()) {
			throw new ApiError(409,
					"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
		}
		long offset = params.path("offset").asLong(0);
		int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
		long timeoutMillis = Math.min(50, params.path("timeout").asLong(0)) * 1000;
		long deadline = System.currentTimeMillis() + timeoutMillis;
		synchronized (this.pending) {
			this.pending.removeIf((update) -> update.get("update_id").asLong() < offset);
			while (this.pending.isEmpty() && System.currentTimeMillis() < deadline) {
				try {
					this.pending.wait(Math.max(1, deadline - System.currentTimeMillis()));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
				this.pending.removeIf((update) -> update.get("update_id").asLong() < offset);
			}
			List<ObjectNode> updates = List.copyOf(this.pending.subList(0, Math.min(limit, this.pending.size())));
			if (this.recordCalls) {
				Instant now = Instant.now();
				updates.forEach((update) -> this.handedOutAt.putIfAbsent(update.get("update_id").asLong(), now));
			}
			return updates;
		}
	}

	/**
	 * When {@code getUpdates} first handed this update to the bot; empty while it waits,
	 * or when calls are not recorded.
	 */
	public Optional<Instant> handedOut(long updateId) {
		return Optional.ofNullable(this.handedOutAt.get(updateId));
	}

	private ObjectNode sendMessage(ObjectNode params) {
		long chatId = chat(params);
		String html = required(params, "text");
		String text = visible(html, params.path("parse_mode").asText(""));
		List<List<BotMessage.InlineButton>> buttons = InlineKeyboards.parse(params.get("reply_markup"));
		Optional<List<ReplyKeyboards.Key>> keys = ReplyKeyboards.parse(params.get("reply_markup"), chatId);
		takeFloodToken(chatId, params);
		keys.ifPresent((shown) -> {
			if (shown.isEmpty()) {
				this.replyKeys.remove(chatId);
			}
			else {
				this.replyKeys.put(chatId, shown);
			}
		});
		int messageId = nextMessageId(chatId);
		record(new BotMessage(chatId, messageId, html, text, buttons, 0, null));
		return messageJson(chatId, messageId, text);
	}

	private ObjectNode sendPhoto(ObjectNode params) {
		return sendMedia(params, "photo", Images::check);
	}

	/**
	 * A voice note: an upload must be Ogg (OPUS), which is what Telegram shows as a voice
	 * note.
	 */
	private ObjectNode sendVoice(ObjectNode params) {
		return sendMedia(params, "voice", (bytes) -> {
			if (!isOgg(bytes)) {
				throw ApiError.badRequest("VOICE_MESSAGE_INVALID");
			}
		});
	}

	/** Whether the bytes begin as an Ogg file does. */
	static boolean isOgg(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'O' && bytes[1] == 'g' && bytes[2] == 'g' && bytes[3] == 'S';
	}

	/**
	 * A photo or a voice note: a file id Telegram knows, or an upload that passes the
	 * check.
	 */
	private ObjectNode sendMedia(ObjectNode params, String kind, java.util.function.Consumer<byte[]> check) {
		long chatId = chat(params);
		String file = attached(params, required(params, kind));
		UploadedFile upload = null;
		if (file.startsWith("file:")) {
			upload = upload(file);
			check.accept(upload.bytes());
		}
		else if (!this.fileIds.contains(file)) {
			throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
		}
		String caption = params.path("caption").asText("");
		String text = caption.isEmpty() ? "" : visibleCaption(caption, params.path("parse_mode").asText(""));
		String media = kind + ":" + ((upload != null) ? upload.name() : file);
		return media(params, chatId, caption, text, media, upload);
	}

	private ObjectNode sendDocument(ObjectNode params) {
		long chatId = chat(params);
		String document = attached(params, required(params, "document"));
		if (!document.startsWith("file:")) {
			if (!this.fileIds.contains(document)) {
				throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
			}
			String caption = params.path("caption").asText("");
			String text = caption.isEmpty() ? "" : visibleCaption(caption, params.path("parse_mode").asText(""));
			return media(params, chatId, caption, text, "document:" + document, null);
		}
		UploadedFile upload = upload(document);
		if (upload.bytes().length > 50 * 1024 * 1024) {
			throw new ApiError(413, "Request Entity Too Large");
		}
		String caption = params.path("caption").asText("");
		String text = caption.isEmpty() ? "" : visibleCaption(caption, params.path("parse_mode").asText(""));
		return media(params, chatId, caption, text, "document:" + upload.name(), upload);
	}

	/** A field {@code attach://<name>} names the multipart part that holds the file. */
	private static String attached(ObjectNode params, String value) {
		if (!value.startsWith("attach://")) {
			return value;
		}
		String part = params.path(value.substring("attach://".length())).asText("");
		if (!part.startsWith("file:")) {
			throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
		}
		return part;
	}

	private UploadedFile upload(String field) {
		UploadedFile upload = this.uploads.remove(field.substring("file:".length()));
		if (upload == null || upload.bytes().length == 0) {
			throw ApiError.badRequest("file must be non-empty");
		}
		return upload;
	}

	/** The file the bot uploaded with this photo or document message. */
	public UploadedFile file(BotMessage message) {
		UploadedFile file = this.sentFiles.get(message.chatId() + ":" + message.messageId());
		if (file == null) {
			throw new AssertionError("No file uploaded with " + message);
		}
		return file;
	}

	/** The keys the bot shows in place of this chat's keyboard, if any. */
	public List<ReplyKeyboards.Key> replyKeys(long chatId) {
		return this.replyKeys.getOrDefault(chatId, List.of());
	}

	private ObjectNode sendLocation(ObjectNode params) {
		long chatId = chat(params);
		double latitude = params.path("latitude").asDouble(999);
		double longitude = params.path("longitude").asDouble(999);
		if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
			throw ApiError.badRequest("wrong latitude or longitude");
		}
		return media(params, chatId, "", "", "location:" + latitude + "," + longitude, null);
	}

	private ObjectNode media(ObjectNode params, long chatId, String html, String text, String media,
			UploadedFile upload) {
		takeFloodToken(chatId, params);
		int messageId = nextMessageId(chatId);
		if (upload != null) {
			this.sentFiles.put(chatId + ":" + messageId, upload);
		}
		record(new BotMessage(chatId, messageId, html, text, List.of(), 0, media));
		return messageJson(chatId, messageId, text);
	}

	private void record(BotMessage message) {
		this.sentAt.put(message.chatId() + ":" + message.messageId(), now());
		this.sent.computeIfAbsent(message.chatId(), (id) -> new CopyOnWriteArrayList<>()).add(message);
		this.chatsReached.put(message.chatId(), true);
		changed(message.chatId());
	}

	private static String visibleCaption(String caption, String parseMode) {
		String text = "html".equalsIgnoreCase(parseMode) ? TelegramHtml.visibleText(caption) : caption;
		if (text.strip().length() > 1024) {
			throw ApiError.badRequest("message caption is too long");
		}
		return text.strip();
	}

	private Object getFile(ObjectNode params) {
		String fileId = required(params, "file_id");
		if (!this.fileIds.contains(fileId)) {
			throw ApiError.badRequest("invalid file_id");
		}
		return JSON.createObjectNode()
			.put("file_id", fileId)
			.put("file_unique_id", "u" + Integer.toHexString(fileId.hashCode()))
			.put("file_size", content(fileId).orElseThrow().length)
			.put("file_path", filePath(fileId));
	}

	private static String filePath(String fileId) {
		return "photos/" + fileId.replaceAll("[^A-Za-z0-9_-]", "_") + ".jpg";
	}

	/**
	 * What the stand-in serves as the content of a file a test made up: the same bytes
	 * every time.
	 */
	public static byte[] fileBytes(String fileId) {
		return ("JPEG of " + fileId).getBytes(StandardCharsets.UTF_8);
	}

	/** The content of a file Telegram knows by this id, if it knows it. */
	public Optional<byte[]> content(String fileId) {
		if (!this.fileIds.contains(fileId)) {
			return Optional.empty();
		}
		return Optional.of(this.fileContents.getOrDefault(fileId, fileBytes(fileId)));
	}

	/** The file the bot uploaded with this message, if it uploaded one. */
	public Optional<UploadedFile> uploaded(long chatId, int messageId) {
		return Optional.ofNullable(this.sentFiles.get(chatId + ":" + messageId));
	}

	/** How many files were downloaded from {@code /file/bot<token>/...}. */
	public int downloads() {
		return this.downloads.get();
	}

	private boolean download(HttpExchange exchange) throws IOException {
		String prefix = "/file/bot" + TOKEN + "/";
		String path = exchange.getRequestURI().getPath();
		if (!path.startsWith("/file/")) {
			return false;
		}
		String name = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
		String fileId = this.fileIds.stream().filter((id) -> filePath(id).equals(name)).findFirst().orElse(null);
		byte[] body = (fileId != null) ? content(fileId).orElseThrow() : "Not Found".getBytes(StandardCharsets.UTF_8);
		if (fileId != null) {
			this.downloads.incrementAndGet();
		}
		exchange.sendResponseHeaders((fileId != null) ? 200 : 404, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
		return true;
	}

	/** A file id Telegram would know, as if the user had sent that photo. */
	void knowFile(String fileId) {
		this.fileIds.add(fileId);
	}

	/** A file id Telegram would know, holding these bytes. */
	void knowFile(String fileId, byte[] bytes) {
		this.fileContents.put(fileId, bytes);
		this.fileIds.add(fileId);
	}

	private Object editMessageText(ObjectNode params) {
		long chatId = chat(params);
		int messageId = params.path("message_id").asInt(0);
		String html = required(params, "text");
		String text = visible(html, params.path("parse_mode").asText(""));
		List<List<BotMessage.InlineButton>> buttons = InlineKeyboards.parse(params.get("reply_markup"));
		List<BotMessage> messages = this.sent.getOrDefault(chatId, List.of());
		for (int i = 0; i < messages.size(); i++) {
			BotMessage old = messages.get(i);
			if (old.messageId() == messageId) {
				if (old.text().equals(text) && old.buttons().equals(buttons)) {
					throw ApiError.badRequest("message is not modified: specified new message content and reply "
							+ "markup are exactly the same as a current content and reply markup of the message");
				}
				takeFloodToken(chatId, null);
				messages.set(i, old.edited(html, text, buttons));
				changed(chatId);
				return messageJson(chatId, messageId, text);
			}
		}
		throw ApiError.badRequest("message to edit not found");
	}

	private boolean answerCallbackQuery(ObjectNode params) {
		String id = required(params, "callback_query_id");
		Boolean answered = this.callbackAnswered.get(id);
		if (answered == null || answered) {
			throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
		}
		String text = params.path("text").asText("");
		if (text.length() > 200) {
			throw ApiError.badRequest("MESSAGE_TOO_LONG");
		}
		this.callbackTexts.put(id, text);
		this.callbackAnswered.put(id, true);
		return true;
	}

	private boolean setWebhook(ObjectNode params) {
		String url = params.path("url").asText("");
		if (!url.isEmpty() && !url.startsWith("https://")) {
			throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
		}
		String secret = params.path("secret_token").asText("");
		if (!secret.matches("[A-Za-z0-9_-]{0,256}")) {
			throw ApiError.badRequest("bad webhook: secret token contains unallowed characters");
		}
		this.webhookUrl = url;
		return true;
	}

	private boolean deleteWebhook() {
		this.webhookUrl = "";
		return true;
	}

	private long chat(ObjectNode params) {
		JsonNode chat = params.get("chat_id");
		if (chat == null || chat.asText().isEmpty()) {
			throw ApiError.badRequest("chat_id is empty");
		}
		long chatId = chat.asLong();
		if (this.groups.containsKey(chatId)) {
			return chatId;
		}
		StandInUser user = this.users.get(chatId);
		if (user == null || !user.started()) {
			throw ApiError.badRequest("chat not found");
		}
		if (user.blockedBot()) {
			throw new ApiError(403, "Forbidden: bot was blocked by the user");
		}
		return chatId;
	}

	/**
	 * Counts a message against the flood limits; one sent as paid broadcast against the
	 * paid rate instead of the free one, and charged.
	 */
	private void takeFloodToken(long chatId, ObjectNode params) {
		boolean paid = params != null && params.path("allow_paid_broadcast").asBoolean(false);
		FloodLimits.Buckets buckets = this.flood;
		if (buckets != null) {
			try {
				buckets.take(chatId, paid);
			}
			catch (ApiError error) {
				countTooMany(error);
				throw error;
			}
		}
		if (paid) {
			this.paidBroadcasts.incrementAndGet();
		}
	}

	private static String required(ObjectNode params, String name) {
		JsonNode value = params.get(name);
		if (value == null || value.isNull()) {
			throw ApiError.badRequest(name + " is empty");
		}
		return value.asText();
	}

	private static String visible(String raw, String parseMode) {
		String text = switch (parseMode.toLowerCase()) {
			case "html" -> TelegramHtml.visibleText(raw);
			case "" -> raw;
			default -> throw ApiError.badRequest("unsupported parse_mode " + parseMode);
		};
		if (text.isBlank()) {
			throw ApiError.badRequest("message text is empty");
		}
		String stripped = text.strip();
		if (stripped.length() > MAX_TEXT) {
			throw ApiError.badRequest("message is too long");
		}
		return stripped;
	}

	private ObjectNode messageJson(long chatId, int messageId, String text) {
		ObjectNode message = JSON.createObjectNode().put("message_id", messageId).put("date", now()).put("text", text);
		message.set("from", me());
		message.set("chat", this.groups.containsKey(chatId) ? groupJson(chatId) : this.users.get(chatId).chatJson());
		return message;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
