package org.danvan;

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

	public static void main(String[] args) {
		application().run(args);
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
