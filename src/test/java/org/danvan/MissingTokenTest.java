package org.danvan;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given no bot token and the sandbox switched off (as in the Docker image), when the
 * application is started the way a user starts it, then it stops at once with one line
 * saying what to set, not a stack trace.
 */
class MissingTokenTest {

	@Test
	void withoutATokenTheBotExplainsInOneLineAndStops() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				DanVanApplication.class.getName(), "--danvan.storage.data-dir=target/missing-token-data");
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().put("DANVAN_SANDBOX", "false");
		builder.redirectErrorStream(true);
		Process process = builder.start();

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(output)
			.isEqualTo("DanVan needs a Telegram bot token: set TELEGRAM_BOT_TOKEN (from @BotFather) and start again.");
	}

}
