package org.danvan;

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
		SpringApplication application = new SpringApplication(DanVanApplication.class);
		application.addListeners(new MissingBotToken());
		application.run(args);
	}

}
