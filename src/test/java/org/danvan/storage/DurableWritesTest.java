package org.danvan.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a process writing to the embedded database, when it is killed with SIGKILL, then
 * every write it had been told was acknowledged is in the file after a restart.
 */
class DurableWritesTest {

	@TempDir
	Path dir;

	@Test
	void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
		String file = this.dir.resolve("danvan.mv").toString();
		String java = ProcessHandle.current().info().command().orElse("java");
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				DurableWriter.class.getName(), file)
			.redirectErrorStream(false)
			.start();
		int lastAcked = -1;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (lastAcked < 300 && (line = out.readLine()) != null) {
				if (line.startsWith("acked ")) {
					lastAcked = Integer.parseInt(line.substring(6));
				}
			}
			writer.destroyForcibly();
			assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		assertThat(lastAcked).isGreaterThanOrEqualTo(300);

		MongoServer server = new MongoServer(new DurableH2Backend(file));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			long kept = client.getDatabase("danvan")
				.getCollection("writes")
				.countDocuments(new Document("_id", new Document("$lte", lastAcked)));
			assertThat(kept).isEqualTo(lastAcked + 1L);
		}
		finally {
			server.shutdownNow();
		}
	}

}
