package org.danvan.telegram.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import org.danvan.shared.DeploymentProblem;
import org.danvan.telegram.TelegramSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Receives updates by long polling when no webhook is configured. Starting it removes any
 * webhook Telegram has for the token; when Telegram cannot be reached then, it keeps
 * trying every few seconds instead of stopping the bot.
 */
@Component
@ConditionalOnExpression("'${danvan.telegram.webhook-url:}'.isBlank()")
class LongPollingReceiver implements SmartLifecycle {

	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
			"my_chat_member");

	private static final Logger log = LoggerFactory.getLogger(LongPollingReceiver.class);

	private static final Duration RETRY = Duration.ofSeconds(5);

	private static final String FIX = "Check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL.";

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
		try {
			register();
		}
		catch (TelegramApiException ex) {
			if (!TelegramStartProblem.isUnreachable(ex)) {
				throw TelegramStartProblem.of("start long polling", ex, this.settings.apiUrl(), FIX);
			}
			log.warn(
					"Cannot reach the Telegram Bot API at {} to start long polling ({}); trying again every {} s, "
							+ "and replies wait until then",
					this.url.getHost(), TelegramStartProblem.reason(ex), RETRY.toSeconds());
			this.poller.schedule(this::retry, RETRY.toMillis(), TimeUnit.MILLISECONDS);
		}
		this.running = true;
	}

	private void register() throws TelegramApiException {
		int timeout = (int) this.settings.pollTimeout().toSeconds();
		this.application.registerBot(this.settings.token(), () -> this.url,
				(last) -> GetUpdates.builder()
					.offset(last + 1)
					.limit(100)
					.timeout(timeout)
					.allowedUpdates(ALLOWED_UPDATES)
					.build(),
				this.intake::accept);
		log.info("Receiving updates by long polling from {}", this.url.getHost());
	}

	/**
	 * Telegram could not be reached at start: the bot runs on (its database, schedules
	 * and queued sends) and tries again until it can, since a village network comes back
	 * by itself. A refusal once it is reached is logged and ends the attempts.
	 */
	private void retry() {
		if (!this.running) {
			return;
		}
		try {
			this.application.unregisterBot(this.settings.token());
		}
		catch (TelegramApiException notRegistered) {
			// the failed attempt did not get as far as registering
		}
		try {
			register();
		}
		catch (TelegramApiException ex) {
			if (TelegramStartProblem.isUnreachable(ex)) {
				this.poller.schedule(this::retry, RETRY.toMillis(), TimeUnit.MILLISECONDS);
				return;
			}
			DeploymentProblem problem = TelegramStartProblem.of("start long polling", ex, this.settings.apiUrl(), FIX);
			log.error("{} {} The bot receives nothing until it is restarted.", problem.getMessage(), problem.fix());
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
