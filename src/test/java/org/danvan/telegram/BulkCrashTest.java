package org.danvan.telegram;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a bot killed with SIGKILL in the middle of a bulk send, when it is started again,
 * then it finishes the job: nobody is skipped, and only a message that was on the wire at
 * the moment of the kill (at most one per sender thread) can arrive twice.
 */
class BulkCrashTest {

	static final long FIRST = 70_000;

	static final int COUNT = 400;

	@TempDir
	Path data;

	@Test
	void aKilledBotResumesItsBulkSend() throws Exception {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			telegram.startedUsers(FIRST, COUNT, "vi");
			String[] settings = { "--danvan.telegram.bulk.lease=2s", "--danvan.telegram.limits.global-per-second=60" };
			List<String> first = new ArrayList<>(
					List.of("start", "crash-job", String.valueOf(FIRST), String.valueOf(COUNT)));
			first.addAll(BulkHarness.appArgs(telegram, this.data, settings));
			Process crashing = start(first);
			BotApiStandIn.await(() -> delivered(telegram) >= COUNT / 3, Duration.ofSeconds(90), "a third delivered");
			crashing.destroyForcibly();
			assertThat(crashing.waitFor(30, TimeUnit.SECONDS)).isTrue();
			int beforeKill = delivered(telegram);
			assertThat(beforeKill).isLessThan(COUNT);

			List<String> again = new ArrayList<>(List.of("resume"));
			again.addAll(BulkHarness.appArgs(telegram, this.data, settings));
			Process resumed = start(again);
			try {
				BotApiStandIn.await(() -> delivered(telegram) == COUNT, Duration.ofSeconds(120), "every chat reached");
				Thread.sleep(1500);
				Map<Long, Integer> perChat = BulkHarness.messagesPerChat(telegram, FIRST, COUNT);
				long skipped = perChat.values().stream().filter((n) -> n == 0).count();
				long duplicates = perChat.values().stream().filter((n) -> n > 1).count();
				System.out.printf("crash after %d of %d: skipped %d, duplicates %d%n", beforeKill, COUNT, skipped,
						duplicates);
				assertThat(skipped).isZero();
				// at most the sends on the wire at the kill: one per sender
				assertThat(duplicates).isLessThanOrEqualTo(16);
			}
			finally {
				resumed.destroy();
				resumed.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private static int delivered(BotApiStandIn telegram) {
		return (int) BulkHarness.messagesPerChat(telegram, FIRST, COUNT).values().stream().filter((n) -> n > 0).count();
	}

	private Process start(List<String> args) throws Exception {
		Process process = new ProcessBuilder(BulkHarness.command(args.toArray(String[]::new))).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.PIPE)
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		String line;
		while ((line = out.readLine()) != null && !line.contains("READY")) {
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		Thread drain = new Thread(() -> {
			try {
				while (out.readLine() != null) {
					// keep the pipe empty so the child never blocks on its output
				}
			}
			catch (java.io.IOException ex) {
				// the child ended
			}
		});
		drain.setDaemon(true);
		drain.start();
		return process;
	}

}
