package org.danvan.sandbox.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.danvan.sandbox.SandboxMode;
import org.danvan.storage.StorageSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Starts the sandbox afresh: stops the application, deletes its database folder, has the
 * stand-in forget every chat, and starts the application again as it was first started,
 * so no state of the old run (schedules, conversations, caches) survives.
 */
@Component
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
class Reset {

	private static final Log log = LogFactory.getLog(Reset.class);

	private final ConfigurableApplicationContext context;

	private final ApplicationArguments arguments;

	private final SandboxMode mode;

	private final Path dataDir;

	private final AtomicBoolean started = new AtomicBoolean();

	Reset(ConfigurableApplicationContext context, ApplicationArguments arguments, SandboxMode mode,
			StorageSettings storage) {
		this.context = context;
		this.arguments = arguments;
		this.mode = mode;
		this.dataDir = storage.dataDir();
	}

	void start() {
		if (this.started.compareAndSet(false, true)) {
			Thread restart = new Thread(this::restart, "sandbox-reset");
			restart.start();
		}
	}

	private void restart() {
		log.info("Resetting the sandbox: its data and chats are wiped, the application starts again");
		pause();
		this.context.close();
		try {
			delete(this.dataDir);
			this.mode.standIn().clear();
			this.mode.application().run(this.arguments.getSourceArgs());
		}
		catch (RuntimeException failed) {
			log.error("The sandbox could not start again; start the application anew", failed);
			System.exit(1);
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lets the answer to the reset request leave before the web server stops. */
	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
