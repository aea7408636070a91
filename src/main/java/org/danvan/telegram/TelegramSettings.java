package org.danvan.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.danvan.shared.DeploymentProblem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot reaches Telegram.
 *
 * @param token the bot token (TELEGRAM_BOT_TOKEN), never logged
 * @param apiUrl the Bot API server (TELEGRAM_API_URL): Telegram's own or a self-hosted
 * one
 * @param webhookUrl public HTTPS address of the webhook (TELEGRAM_WEBHOOK_URL); long
 * polling when empty
 * @param webhookSecret the secret Telegram sends with every webhook request
 * (TELEGRAM_WEBHOOK_SECRET)
 * @param webhookPath the local path the webhook is served on
 * @param pollTimeout how long one {@code getUpdates} call waits for news
 * @param workers threads handling updates (one chat's updates stay in order)
 * @param maxInFlight updates accepted but not yet handled before receiving slows down
 * @param sendAttempts how often a button answer or a menu call is tried when it fails for
 * a reason worth retrying (messages are tried for {@link SendLimits#retryFor()})
 * @param shutdownGrace how long shutting down waits for updates being handled
 * @param inboundPerMinute messages one person may send a minute before the bot stops
 * reading them for a while (one polite notice, then silence)
 * @param outageAfter how long no call to Telegram may succeed before it is logged as an
 * outage and health says DEGRADED
 */
@ConfigurationProperties("danvan.telegram")
public record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl, String webhookUrl,
		String webhookSecret, @DefaultValue("/telegram/webhook") String webhookPath,
		@DefaultValue("50s") Duration pollTimeout, @DefaultValue("8") int workers,
		@DefaultValue("1000") int maxInFlight, @DefaultValue("5") int sendAttempts,
		@DefaultValue("10s") Duration shutdownGrace, @DefaultValue("20") int inboundPerMinute,
		@DefaultValue("60s") Duration outageAfter) {

	/** The bot's id, a colon and its secret, as @BotFather gives them. */
	private static final Pattern TOKEN = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{30,64}");

	public TelegramSettings {
		if (token != null && !token.isBlank() && !TOKEN.matcher(token).matches()) {
			throw new DeploymentProblem(
					"TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then about 35 letters, "
							+ "digits, - and _).",
					"Copy it again from @BotFather, without quotes or spaces.");
		}
	}

	public boolean webhookMode() {
		return this.webhookUrl != null && !this.webhookUrl.isBlank();
	}

	public boolean hasToken() {
		return this.token != null && !this.token.isBlank();
	}

	@Override
	public String toString() {
		return "TelegramSettings[apiUrl=" + this.apiUrl + ", webhookUrl=" + this.webhookUrl + ", token="
				+ (hasToken() ? "***" : "") + "]";
	}

}
