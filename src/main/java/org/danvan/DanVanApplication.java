package org.danvan;

import org.danvan.backup.DataCommands;
import org.danvan.sandbox.SandboxMode;
import org.danvan.telegram.MissingBotToken;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * DanVan: a Telegram bot linking the people of border communes with the officers who
 * serve them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DanVanApplication {

	/** Exit status of a start that failed (it has said why in two lines). */
	static final int START_FAILED = 1;

	public static void main(String[] args) {
		if (DataCommands.handles(args)) {
			System.exit(DataCommands.run(args));
		}
		try {
			application().run(args);
		}
		catch (RuntimeException ex) {
			// Reported by startup.StartupFailureReporter; the context is closed. Exiting
			// ends
			// the threads that would otherwise keep a process alive that never answers.
			System.exit(START_FAILED);
		}
	}

	/**
	 * The application as {@code main} starts it: without a bot token, the sandbox, or
	 * when that is switched off, a one-line explanation.
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(DanVanApplication.class);
		SandboxMode sandbox = new SandboxMode();
		application.addListeners(sandbox, new MissingBotToken());
		application.addInitializers(sandbox);
		return application;
	}

}
