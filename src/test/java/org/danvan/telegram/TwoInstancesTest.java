package org.danvan.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.DanVanApplication;
import org.danvan.i18n.Text;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given two instances of the bot on one database, when one starts a bulk send, then both
 * work on it and every recipient gets the message exactly once.
 */
class TwoInstancesTest {

	static final long FIRST = 80_000;

	static final int COUNT = 300;

	@TempDir
	Path dataA;

	@TempDir
	Path dataB;

	@Test
	void twoInstancesShareOneJobWithoutDuplicates() {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			telegram.startedUsers(FIRST, COUNT, "vi");
			String[] settings = { "--danvan.telegram.bulk.chunk-size=10",
					"--danvan.telegram.limits.global-per-second=100" };
			try (ConfigurableApplicationContext a = start(BulkHarness.appArgs(telegram, this.dataA, settings))) {
				String uri = a.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
				List<String> argsB = new ArrayList<>(BulkHarness.appArgs(telegram, this.dataB, settings));
				argsB
					.replaceAll((arg) -> arg.startsWith("--spring.mongodb.uri=") ? "--spring.mongodb.uri=" + uri : arg);
				try (ConfigurableApplicationContext b = start(argsB)) {
					List<Broadcasts.Recipient> recipients = new ArrayList<>();
					for (long id = FIRST; id < FIRST + COUNT; id++) {
						recipients.add(new Broadcasts.Recipient(id, "vi"));
					}
					a.getBean(Broadcasts.class)
						.start("shared-job", Map.of("vi", Reply.message(Text.literal("Họp dân"))), recipients);

					Broadcasts seenFromB = b.getBean(Broadcasts.class);
					BotApiStandIn.await(() -> seenFromB.progress("shared-job").orElseThrow().done(),
							Duration.ofSeconds(60), "the shared job to finish");
					assertThat(seenFromB.progress("shared-job")).contains(new Broadcasts.Progress(COUNT, COUNT, 0, 0));
					assertThat(BulkHarness.messagesPerChat(telegram, FIRST, COUNT).values()).allMatch((n) -> n == 1);
					Set<String> senders = a.getBean(MongoTemplate.class)
						.findAll(org.bson.Document.class, "deliveries")
						.stream()
						.filter((d) -> "shared-job".equals(d.getString("jobId")))
						.map((d) -> d.getString("sentBy"))
						.collect(Collectors.toSet());
					assertThat(senders).hasSize(2);
				}
			}
		}
	}

	private static ConfigurableApplicationContext start(List<String> args) {
		return new SpringApplicationBuilder(DanVanApplication.class).run(args.toArray(String[]::new));
	}

}
