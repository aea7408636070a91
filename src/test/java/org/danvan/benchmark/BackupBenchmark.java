package org.danvan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.danvan.DanVanApplication;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.backup.BackupFile;
import org.danvan.backup.Backups;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.storage.DatabaseSnapshot;
import org.danvan.storage.EmbeddedMongo;
import org.danvan.support.BulkHarness;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Prints the time and size of a backup of the embedded database holding 100,000 incidents
 * and 50,000 households (with their groups and rotas), as {@code /backup} and the daily
 * job take it while the bot runs, and the size of the database file.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark=BackupBenchmark}
 */
public final class BackupBenchmark {

	private BackupBenchmark() {
	}

	public static void main(String[] args) {
		Benchmarks.main(BackupBenchmark::run);
	}

	private static void run() throws Exception {
		Path data = Files.createTempDirectory("danvan-backup");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(DanVanApplication.class)
				.run(BulkHarness.appArgs(telegram, data, "--danvan.backup.dir=" + data.resolve("backups"))
					.toArray(String[]::new));
			AreaManagement areas = app.getBean(AreaManagement.class);
			MongoTemplate mongo = app.getBean(MongoTemplate.class);
			Area village = areas.children(areas.children(areas.children("kg").get(0).id()).get(0).id()).get(0);
			IncidentBenchmark.store(mongo, village);
			EnrollmentBenchmark.store(mongo, areas.villages("kg"));
			Backups backups = app.getBean(Backups.class);
			for (int run = 1; run <= 3; run++) {
				long pause = System.nanoTime();
				try (DatabaseSnapshot snapshot = app.getBean(EmbeddedMongo.class).snapshot()) {
					System.out.printf("snapshot %d (commands held back meanwhile): %d ms%n", run,
							(System.nanoTime() - pause) / 1_000_000);
				}
				long start = System.nanoTime();
				BackupFile taken = backups.takeNow();
				System.out.printf(
						"backup %d of %,d incidents and %,d households: %d ms, %,d KB (database file %,d KB)%n", run,
						IncidentBenchmark.STORED, EnrollmentBenchmark.HOUSEHOLDS,
						(System.nanoTime() - start) / 1_000_000, taken.bytes() / 1024,
						Files.size(data.resolve("danvan.mv")) / 1024);
			}
			app.close();
		}
		System.exit(0);
	}

}
