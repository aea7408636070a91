package org.danvan.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.danvan.support.EndToEndTest;

import org.danvan.shared.Sealer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given records past keeping and records still needed, when the daily housekeeping runs,
 * then only the first are gone: handled updates after 7 days (never unhandled ones), bulk
 * deliveries and slices of jobs over 30 days old (the job's counts stay), conversations a
 * day after they expired, and expired relays together with their token in the reporter's
 * list.
 */
class HousekeepingTest extends EndToEndTest {

	@Autowired
	Housekeeper housekeeper;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Sealer sealer;

	@Test
	void deletesOnlyWhatIsPastKeeping() {
		Instant now = Instant.now();
		Date tenDaysAgo = Date.from(now.minus(Duration.ofDays(10)));
		this.mongo.insert(List.of(update(9_000_001L, "HANDLED", tenDaysAgo), update(9_000_002L, "RECEIVED", tenDaysAgo),
				update(9_000_003L, "HANDLED", new Date())), "received_updates");
		this.mongo.insert(List.of(job("hk-old", now.minus(Duration.ofDays(40))), job("hk-new", now)), "bulk_jobs");
		this.mongo.insert(List.of(delivery("hk-old"), delivery("hk-new")), "deliveries");
		this.mongo.insert(List.of(chunk("hk-old"), chunk("hk-new")), "bulk_chunks");
		this.mongo.insert(List.of(conversation(9_100_001L, now.minus(Duration.ofDays(2))),
				conversation(9_100_002L, now.plus(Duration.ofMinutes(10)))), "conversations");
		this.mongo.insert(List.of(relay("hk-expired", 9_200_001L, now.minus(Duration.ofDays(1))),
				relay("hk-live", 9_200_001L, now.plus(Duration.ofDays(1)))), "relays");
		String owner = this.sealer.tag("relays-of", 9_200_001L);
		this.mongo.insert(
				new Document("_id", owner).append("relays",
						List.of(this.sealer.seal("hk-expired", owner), this.sealer.seal("hk-live", owner))),
				"relays_by_member");

		this.housekeeper.run(Map.of());

		assertThat(ids("received_updates", 9_000_001L, 9_000_002L, 9_000_003L)).containsExactlyInAnyOrder(9_000_002L,
				9_000_003L);
		assertThat(ids("bulk_jobs", "hk-old", "hk-new")).containsExactlyInAnyOrder("hk-old", "hk-new");
		assertThat(ids("deliveries", "hk-old:1", "hk-new:1")).containsExactly("hk-new:1");
		assertThat(ids("bulk_chunks", "hk-old:1", "hk-new:1")).containsExactly("hk-new:1");
		assertThat(ids("conversations", 9_100_001L, 9_100_002L)).containsExactly(9_100_002L);
		assertThat(ids("relays", "hk-expired", "hk-live")).containsExactly("hk-live");
		assertThat(this.mongo.findById(owner, Document.class, "relays_by_member").getList("relays", String.class))
			.singleElement()
			.satisfies((sealed) -> assertThat(this.sealer.open(sealed, owner)).hasValue("hk-live"));
	}

	private List<Object> ids(String collection, Object... ids) {
		return this.mongo
			.find(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").in(ids)), Document.class,
					collection)
			.stream()
			.map((document) -> document.get("_id"))
			.toList();
	}

	/** A finished job of one recipient. */
	private static Document job(String id, Instant createdAt) {
		return new Document("_id", id).append("versions", new Document())
			.append("createdAt", Date.from(createdAt))
			.append("total", 1)
			.append("sent", 1)
			.append("failed", 0)
			.append("blocked", 0);
	}

	private static Document delivery(String job) {
		return new Document("_id", job + ":1").append("jobId", job)
			.append("chatId", 1L)
			.append("version", "vi")
			.append("status", "SENT")
			.append("updatedAt", new Date());
	}

	/** A finished slice, leased far ahead so that no bulk worker takes it. */
	private static Document chunk(String job) {
		return new Document("_id", job + ":1").append("jobId", job)
			.append("entries", List.of())
			.append("owner", "housekeeping-test")
			.append("leaseUntil", Date.from(Instant.now().plus(Duration.ofDays(365))))
			.append("claims", 1);
	}

	private static Document update(long id, String status, Date at) {
		return new Document("_id", id).append("chat", 1L)
			.append("json", "{}")
			.append("status", status)
			.append("receivedAt", at);
	}

	private static Document conversation(long chat, Instant expiresAt) {
		return new Document("_id", chat).append("flow", "report")
			.append("step", "description")
			.append("data", new Document())
			.append("expiresAt", Date.from(expiresAt))
			.append("version", 1L);
	}

	private Document relay(String token, long chat, Instant expiresAt) {
		return new Document("_id", token).append("chat", this.sealer.sealChat(chat, "relay:" + token))
			.append("code", "KG-TEST")
			.append("expiresAt", Date.from(expiresAt));
	}

}
