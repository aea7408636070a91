package org.danvan.sandbox;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.Faults;
import org.danvan.sandbox.botapi.FloodLimits;
import org.danvan.shared.Sealer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns a start without a bot token into the sandbox, unless the sandbox is switched off:
 * starts the Bot API stand-in (once, kept over resets), points the bot at it, and moves
 * the embedded database to a folder of its own; makes a relay key when none is set. Runs
 * before {@code telegram.MissingBotToken}, which then finds a token.
 */
public class SandboxMode implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
		ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	public static final String ACTIVE = "danvan.sandbox.active";

	private BotApiStandIn standIn;

	/** Kept over resets; a new sandbox process makes a new one, ending older relays. */
	private final String relayKey = Sealer.newKey();

	private SpringApplication application;

	private volatile ConfigurableApplicationContext context;

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String token = environment.getProperty("danvan.telegram.token");
		SandboxSettings settings = Binder.get(environment)
			.bind("danvan.sandbox", SandboxSettings.class)
			.orElse(new SandboxSettings(true, false, false));
		boolean enabled = settings.enabled();
		if ((token != null && !token.isBlank()) || !enabled) {
			return;
		}
		this.application = event.getSpringApplication();
		if (this.standIn == null) {
			this.standIn = new BotApiStandIn();
			this.standIn.floodLimits(FloodLimits.telegram());
			this.standIn.recordCalls(false);
		}
		this.standIn.faults(settings.outage() ? Faults.outage(System.nanoTime()) : null);
		Path dataDir = Path.of(environment.getProperty("danvan.storage.data-dir", "data")).resolve("sandbox");
		Map<String, Object> sandbox = new LinkedHashMap<>();
		sandbox.put(ACTIVE, "true");
		sandbox.put("danvan.telegram.token", BotApiStandIn.TOKEN);
		sandbox.put("danvan.telegram.api-url", this.standIn.url());
		sandbox.put("danvan.telegram.webhook-url", "");
		sandbox.put("danvan.telegram.poll-timeout", "5s");
		sandbox.put("spring.mongodb.uri", "");
		sandbox.put("danvan.storage.data-dir", dataDir.toString());
		sandbox.put("danvan.incidents.photo-folder", dataDir.resolve("photos").toString());
		sandbox.put("danvan.backup.dir", dataDir.resolve("backups").toString());
		String relayKey = environment.getProperty("danvan.relay.key");
		sandbox.put("danvan.relay.key", (relayKey == null || relayKey.isBlank()) ? this.relayKey : relayKey);
		sandbox.put("spring.servlet.multipart.max-file-size", "20MB");
		sandbox.put("spring.servlet.multipart.max-request-size", "21MB");
		environment.getPropertySources().addFirst(new MapPropertySource("sandbox", sandbox));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getProperty(ACTIVE, Boolean.class, false)) {
			context.getBeanFactory().registerSingleton("sandboxMode", this);
			this.context = context;
		}
	}

	/** The stand-in the bot talks to. */
	public BotApiStandIn standIn() {
		return this.standIn;
	}

	/** Runs the application again, as it was first started. */
	public SpringApplication application() {
		return this.application;
	}

	/** The application now running as the sandbox (a reset starts a new one). */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
