package org.danvan.telegram.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import okhttp3.OkHttpClient;
import org.danvan.telegram.SendLimits;
import org.danvan.telegram.TelegramSettings;
import org.danvan.telegram.internal.TelegramFailure.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The retry rule, against answers as Telegram and its front end really give them: raw
 * HTTP from a socket to the bot's own client (the library, OkHttp and the answer check,
 * configured as in production), and what the classifier makes of the exception.
 */
class TelegramFailureTest {

	private static final String NGINX_502 = """
			<html>\r
			<head><title>502 Bad Gateway</title></head>\r
			<body>\r
			<center><h1>502 Bad Gateway</h1></center>\r
			<hr><center>nginx/1.18.0</center>\r
			</body>\r
			</html>\r
			""";

	private static final String NGINX_504 = NGINX_502.replace("502 Bad Gateway", "504 Gateway Time-out");

	private static final AtomicReference<Answer> answer = new AtomicReference<>();

	private static ServerSocket server;

	private static Thread serving;

	/** How the fake server treats one request. */
	interface Answer {

		void to(Socket socket) throws IOException;

	}

	@BeforeAll
	static void serve() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		serving = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					Socket socket = server.accept();
					readRequest(socket.getInputStream());
					answer.get().to(socket);
				}
				catch (IOException ex) {
					// closed, or the client gave up: the next case opens a new connection
				}
			}
		}, "raw-bot-api");
		serving.setDaemon(true);
		serving.start();
	}

	@AfterAll
	static void stop() throws IOException {
		server.close();
	}

	static Stream<Arguments> answers() {
		return Stream.of(
				json(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}",
						Kind.REFUSED, 400),
				json(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}",
						Kind.UNREACHABLE, 400),
				json(403,
						"{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}",
						Kind.UNREACHABLE, 403),
				json(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", Kind.REFUSED, 401),
				json(429,
						"{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
								+ "\"parameters\":{\"retry_after\":7}}",
						Kind.TOO_MANY_REQUESTS, 429),
				json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}", Kind.TRANSIENT,
						500),
				json(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}", Kind.TRANSIENT, 502),
				Arguments.of("nginx HTML 502", http(502, "Bad Gateway", "text/html", NGINX_502), Kind.TRANSIENT, 502),
				Arguments.of("nginx HTML 504", http(504, "Gateway Time-out", "text/html", NGINX_504), Kind.TRANSIENT,
						504),
				Arguments.of("502, empty body", http(502, "Bad Gateway", null, ""), Kind.TRANSIENT, 502),
				Arguments.of("200, empty JSON body", http(200, "OK", "application/json", ""), Kind.TRANSIENT, 200),
				Arguments.of("200, an HTML page", http(200, "OK", "text/html; charset=utf-8", "<html>Login</html>"),
						Kind.TRANSIENT, 200),
				Arguments.of("connection reset after the request", (Answer) (socket) -> {
					socket.setSoLinger(true, 0);
					socket.close();
				}, Kind.UNCERTAIN, 0),
				Arguments.of("connection closed after the request", (Answer) Socket::close, Kind.UNCERTAIN, 0),
				Arguments.of("no answer (read time-out)", (Answer) (socket) -> {
					sleep(Duration.ofMillis(1500));
					socket.close();
				}, Kind.UNCERTAIN, 0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("answers")
	void eachAnswerIsClassified(String name, Answer given, Kind kind, int code) {
		answer.set(given);

		TelegramFailure failure = send(client(this.port()));

		assertThat(failure.kind()).as(failure.reason()).isEqualTo(kind);
		assertThat(failure.code()).as(failure.reason()).isEqualTo(code);
	}

	@Test
	void retryAfterIsTelegramsNumber() {
		answer.set(http(429, "Too Many Requests", "application/json",
				"{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
						+ "\"parameters\":{\"retry_after\":7}}"));

		assertThat(send(client(this.port())).retryAfter()).isEqualTo(7);
	}

	@Test
	void anHtmlPageIsLoggedAsItsTitleNotAsCodeZero() {
		answer.set(http(502, "Bad Gateway", "text/html", NGINX_502));

		assertThat(send(client(this.port())).reason()).startsWith("502 text/html: 502 Bad Gateway")
			.contains("nginx")
			.doesNotContain("<");
	}

	@Test
	void aRefusedConnectionWasNotSent() throws IOException {
		int closedPort;
		try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = unused.getLocalPort();
		}

		assertThat(send(client(closedPort)).kind()).isEqualTo(Kind.TRANSIENT);
	}

	@Test
	void anUnknownHostWasNotSent() {
		TelegramSettings settings = new TelegramSettings("1:TestTokenWellFormedButNotReal_0123456",
				URI.create("https://api.telegram.org"), null, null, "/webhook", Duration.ofSeconds(1), 1, 10, 1,
				Duration.ofSeconds(1), 20, Duration.ofSeconds(60));
		TelegramClientConfiguration configuration = new TelegramClientConfiguration();
		OkHttpClient noDns = configuration.telegramHttpClient(settings, new BotApiLink(settings))
			.newBuilder()
			.dns((host) -> {
				throw new UnknownHostException(host + ": Name or service not known");
			})
			.build();

		TelegramFailure failure = send(configuration.telegramClient(noDns, settings, limits(),
				TelegramClientConfiguration.telegramUrl(settings.apiUrl())));

		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(failure.reason()).contains("UnknownHostException");
	}

	private int port() {
		return server.getLocalPort();
	}

	private static TelegramClient client(int port) {
		TelegramClientConfiguration configuration = new TelegramClientConfiguration();
		TelegramSettings settings = settings(port);
		return configuration.telegramClient(configuration.telegramHttpClient(settings, new BotApiLink(settings)),
				settings, limits(), TelegramClientConfiguration.telegramUrl(settings.apiUrl()));
	}

	private static TelegramSettings settings(int port) {
		return new TelegramSettings("1:TestTokenWellFormedButNotReal_0123456", URI.create("http://127.0.0.1:" + port),
				null, null, "/webhook", Duration.ofSeconds(1), 1, 10, 1, Duration.ofSeconds(1), 20,
				Duration.ofSeconds(60));
	}

	private static SendLimits limits() {
		return new SendLimits(30, 1, 3, 20, 1, Duration.ofMillis(700), Duration.ofMinutes(1), Duration.ofSeconds(30),
				Duration.ofMinutes(1), 1000);
	}

	private static TelegramFailure send(TelegramClient client) {
		TelegramApiException thrown = catchThrowableOfType(TelegramApiException.class,
				() -> client.execute(SendMessage.builder().chatId(1L).text("hello").build()));
		assertThat(thrown).as("the call fails").isNotNull();
		return TelegramFailure.of(thrown);
	}

	private static Arguments json(int status, String body, Kind kind, int code) {
		return Arguments.of("Telegram's JSON " + status + " " + body.replaceAll(".*description\":\"([^\"]*).*", "$1"),
				http(status, "x", "application/json", body), kind, code);
	}

	private static Answer http(int status, String phrase, String type, String body) {
		return (socket) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			StringBuilder head = new StringBuilder(
					"HTTP/1.1 " + status + " " + phrase + "\r\nServer: nginx/1.18.0\r\n");
			if (type != null) {
				head.append("Content-Type: ").append(type).append("\r\n");
			}
			head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(bytes);
			out.flush();
			socket.close();
		};
	}

	private static void readRequest(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("request ended early");
			}
			head.write(next);
		}
		String headers = head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
		int at = headers.indexOf("content-length:");
		if (at >= 0) {
			int length = Integer.parseInt(headers.substring(at + 15, headers.indexOf("\r\n", at)).strip());
			in.readNBytes(length);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
