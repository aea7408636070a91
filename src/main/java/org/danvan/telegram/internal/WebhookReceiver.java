package org.danvan.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.shared.DeploymentProblem;
import org.danvan.telegram.TelegramSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives updates by webhook when TELEGRAM_WEBHOOK_URL is set: registers the webhook
 * with Telegram at start-up and takes only requests that carry the configured secret.
 */
@RestController
@ConditionalOnExpression("!'${danvan.telegram.webhook-url:}'.isBlank()")
class WebhookReceiver implements SmartLifecycle {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

	private final UpdateIntake intake;

	private final TelegramSettings settings;

	private final TelegramClient client;

	private final byte[] secret;

	private volatile boolean running;

	WebhookReceiver(UpdateIntake intake, TelegramSettings settings, TelegramClient client) {
		if (settings.webhookSecret() == null || settings.webhookSecret().isBlank()) {
			throw new DeploymentProblem("Webhook mode (TELEGRAM_WEBHOOK_URL) needs a secret.",
					"Set TELEGRAM_WEBHOOK_SECRET to a random text of A-Z a-z 0-9 _ - (up to 256 characters).");
		}
		this.intake = intake;
		this.settings = settings;
		this.client = client;
		this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("${danvan.telegram.webhook-path:/telegram/webhook}")
	ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
			@RequestBody(required = false) String body) {
		if (secret == null || !MessageDigest.isEqual(this.secret, secret.getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		if (!this.running) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		Update update;
		try {
			update = TelegramClientConfiguration.JSON.readValue(body, Update.class);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			return ResponseEntity.badRequest().build();
		}
		this.intake.accept(update);
		return ResponseEntity.ok().build();
	}

	@Override
	public void start() {
		this.intake.recover();
		SetWebhook setWebhook = SetWebhook.builder()
			.url(this.settings.webhookUrl())
			.secretToken(this.settings.webhookSecret())
			.allowedUpdates(LongPollingReceiver.ALLOWED_UPDATES)
			.maxConnections(40)
			.build();
		try {
			this.client.execute(setWebhook);
		}
		catch (TelegramApiException ex) {
			throw TelegramStartProblem.of("set the webhook " + this.settings.webhookUrl(), ex, this.settings.apiUrl(),
					"Set TELEGRAM_WEBHOOK_URL to a public HTTPS address (port 443, 80, 88 or 8443) that "
							+ "forwards to this bot's port.");
		}
		this.running = true;
		log.info("Receiving updates by webhook at {}", this.settings.webhookUrl());
	}

	@Override
	public void stop() {
		this.running = false;
		this.intake.drain();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
