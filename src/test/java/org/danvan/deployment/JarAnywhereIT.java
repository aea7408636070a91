package org.danvan.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.support.ShippedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the jar copied into an empty folder, when it is started there without a token,
 * then it runs the sandbox on the areas it carries, with its data in that folder.
 */
class JarAnywhereIT {

	@TempDir
	Path folder;

	@Test
	void theJarAloneInAFolderStartsTheSandbox() throws Exception {
		Path jar = Files.copy(ShippedJar.jar(), this.folder.resolve("danvan.jar"));
		int port = ShippedJar.freePort();
		try (ShippedJar bot = ShippedJar.start(List.of(ShippedJar.java(), "-jar", jar.toString()), this.folder,
				Map.of("LANG", "C.UTF-8", "PORT", String.valueOf(port)))) {
			bot.awaitOutput("from the sample areas in the jar", Duration.ofSeconds(120));
			HttpResponse<String> page = awaitPage("http://localhost:" + port + "/sandbox/", bot);

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> type.startsWith("text/html"));
			assertThat(this.folder.resolve("data/sandbox/danvan.mv")).isRegularFile();
			assertThat(bot.stdout()).doesNotContain(BotApiStandIn.TOKEN);
			bot.stop();
		}
	}

	private static HttpResponse<String> awaitPage(String url, ShippedJar bot) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 || System.nanoTime() > deadline) {
					return response;
				}
			}
			catch (IOException ex) {
				if (System.nanoTime() > deadline || !bot.isAlive()) {
					throw new AssertionError("The sandbox page did not answer:\n" + bot.stdout() + bot.stderr(), ex);
				}
			}
			Thread.sleep(200);
		}
	}

}
