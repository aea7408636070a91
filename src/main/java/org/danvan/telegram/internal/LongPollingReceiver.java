package org.danvan.telegram.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.danvan.telegram.TelegramSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Receives updates by long polling when no webhook is configured. Starting it removes any
 * webhook Telegram has for the token.
 */
@Component
@ConditionalOnExpression("'${danvan.telegram.webhook-url:}'.isBlank()")
class LongPollingReceiver implements SmartLifecycle {

	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
			"my_chat_member");

	private static final Logger log = LoggerFactory.getLogger(LongPollingReceiver.class);

	private final UpdateIntake intake;

	private final TelegramSettings settings;

	private final TelegramUrl url;

	private final OkHttpClient http;

	private ScheduledExecutorService poller;

	private TelegramBotsLongPollingApplication application;

	private volatile boolean running;

	LongPollingReceiver(UpdateIntake intake, TelegramSettings settings, TelegramUrl url, OkHttpClient http) {
		this.intake = intake;
		this.settings = settings;
		this.url = url;
		this.http = http;
	}

	@Override
	public void start() {
		// the library logs every failed long poll as an error with stack traces;
		// BotApiLink says it in one line
		quietLibrary();
		this.intake.recover();
		this.poller = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "telegram-poll");
			thread.setDaemon(true);
			return thread;
		});
		this.application = new TelegramBotsLongPollingApplication(() -> TelegramClientConfiguration.JSON,
				() -> this.http, () -> this.poller, PollingBackOff::new);
		int timeout = (int) this.settings.pollTimeout().toSeconds();
		try {
			BotSession session = this.application.registerBot(this.settings.token(), () -> this.url,
					(last) -> GetUpdates.builder()
						.offset(last + 1)
						.limit(100)
						.timeout(timeout)
						.allowedUpdates(ALLOWED_UPDATES)
						.build(),
					this.intake::accept);
			this.running = session.isRunning();
			log.info("Receiving updates by long polling from {}", this.url.getHost());
		}
		catch (TelegramApiException ex) {
			throw TelegramStartProblem.of("start long polling", ex, this.settings.apiUrl(),
					"Check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL.");
		}
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			this.application.close();
		}
		catch (Exception ex) {
			log.warn("Stopping long polling: {}", ex.getMessage());
		}
		this.poller.shutdownNow();
		this.intake.drain();
	}

	private void quietLibrary() {
		LoggingSystem.get(getClass().getClassLoader())
			.setLogLevel("org.telegram.telegrambots.longpolling.BotSession", LogLevel.OFF);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
