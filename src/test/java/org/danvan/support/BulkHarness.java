package org.danvan.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.danvan.sandbox.botapi.BotApiStandIn;

import org.danvan.DanVanApplication;
import org.danvan.i18n.Text;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Reply;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the bot in its own JVM for crash tests and benchmarks: with
 * {@code start <job> <first id>
 * <count>} it also starts a bulk send to that many chats; with {@code resume} it only
 * runs, as a restarted bot does. The remaining arguments are the application's. Prints
 * {@code READY}.
 */
public final class BulkHarness {

	private BulkHarness() {
	}

	public static void main(String[] args) throws InterruptedException {
		boolean start = args[0].equals("start");
		String[] appArgs = Arrays.copyOfRange(args, start ? 4 : 1, args.length);
		ConfigurableApplicationContext app = SpringApplication.run(DanVanApplication.class, appArgs);
		if (start) {
			long first = Long.parseLong(args[2]);
			List<Broadcasts.Recipient> recipients = LongStream.range(first, first + Integer.parseInt(args[3]))
				.mapToObj((id) -> new Broadcasts.Recipient(id, "vi"))
				.toList();
			app.getBean(Broadcasts.class)
				.start(args[1], Map.of("vi", Reply.message(Text.literal("Cảnh báo lũ: di chuyển lên chỗ cao"))),
						recipients);
		}
		System.out.println("READY");
		System.out.flush();
		Thread.currentThread().join();
	}

	/** The command line that runs this harness with the test classpath. */
	public static List<String> command(String... args) {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new java.util.ArrayList<>(
				List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), BulkHarness.class.getName()));
		command.addAll(Arrays.asList(args));
		return command;
	}

	/** The application arguments for a bot on this fake Bot API and data folder. */
	public static List<String> appArgs(BotApiStandIn telegram, java.nio.file.Path data, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--danvan.telegram.token=" + BotApiStandIn.TOKEN,
				"--danvan.telegram.api-url=" + telegram.url(), "--danvan.storage.data-dir=" + data,
				"--spring.mongodb.uri=", "--server.port=0", "--danvan.telegram.poll-timeout=1s",
				"--logging.level.root=WARN", "--danvan.relay.key=" + EndToEndTest.RELAY_KEY));
		args.addAll(Arrays.asList(more));
		return args;
	}

	public static Map<Long, Integer> messagesPerChat(BotApiStandIn telegram, long first, int count) {
		Map<Long, Integer> counts = new java.util.HashMap<>();
		for (long id = first; id < first + count; id++) {
			counts.put(id, telegram.messages(id).size());
		}
		return counts;
	}

}
