package org.danvan.telegram;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Stops the application at once, with one line saying what to set, when it is started
 * without a bot token. Registered by {@code main} only, so tests supply their own token.
 */
public class MissingBotToken implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String EXPLANATION = "DanVan needs a Telegram bot token: set TELEGRAM_BOT_TOKEN "
			+ "(from @BotFather) and start again.";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (isMissing(event.getEnvironment())) {
			System.err.println(EXPLANATION);
			System.exit(2);
		}
	}

	static boolean isMissing(Environment environment) {
		String token = environment.getProperty("danvan.telegram.token");
		return token == null || token.isBlank();
	}

}
