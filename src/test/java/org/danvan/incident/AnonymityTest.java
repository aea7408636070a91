package org.danvan.incident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.bson.Document;
import org.danvan.area.Area;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Sealer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a reporter with a distinctive id, name and username, when they report anonymously
 * with a photo, are asked a question through the bot, answer it, hear of its status and
 * say it is still a problem (and a command of theirs fails), then neither {@code /audit}
 * nor, once every write has settled, the database (every field of every document of every
 * collection), the photo folder or any log line holds who they are, except their own
 * member record, which says nothing of the report.
 */
class AnonymityTest extends IncidentEndToEndTest {

	private static final long REPORTER = 7_394_261_857L;

	private static final String FIRST_NAME = "Zephyrine";

	private static final String LAST_NAME = "Quillfeather";

	private static final String USERNAME = "zq_tipbox_917";

	private static final long JOINER = 6_118_402_733L;

	private static final String JOINER_NAME = "Bartholomew";

	private static final String JOINER_USERNAME = "bq_second_eye";

	private static final String CATEGORY = "Dispute or public order";

	private static final String DESCRIPTION = "Smoke rising behind the old rubber plantation";

	private static final String ANSWER = "Yes, it is spreading towards the road";

	@Autowired
	Sealer sealer;

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Logger danvan = (Logger) LoggerFactory.getLogger("org.danvan");

	private Level danvanLevel;

	@BeforeEach
	void captureLogs() {
		this.danvanLevel = this.danvan.getLevel();
		this.danvan.setLevel(Level.DEBUG);
		this.logs.start();
		this.root.addAppender(this.logs);
	}

	@AfterEach
	void releaseLogs() {
		this.root.detachAppender(this.logs);
		this.danvan.setLevel(this.danvanLevel);
	}

	@Test
	void anAnonymousReportLeavesNoTraceOfItsReporterInTheDatabaseOrTheLogs() throws IOException {
		StandInUser officer = officer(IncidentReportingTest.COMMUNE);
		StandInUser reporter = telegram.user(REPORTER, FIRST_NAME, "en").named(LAST_NAME, USERNAME);
		Area village = this.areas.children(IncidentReportingTest.COMMUNE).get(0);

		String code = report(reporter, CATEGORY, DESCRIPTION, village, false, true, true);
		BotMessage alert = officer.awaitText("New report " + code);
		assertThat(alert.text()).contains("Reporter: anonymous").doesNotContain(FIRST_NAME);
		StandInUser joiner = telegram.user(JOINER, JOINER_NAME, "en").named(null, JOINER_USERNAME);
		joinAnonymously(joiner, code, village);
		officer.press(alert, "Acknowledge");
		reporter.awaitText("Your report " + code + " is now acknowledged by an officer.");
		joiner.awaitText("Your report " + code + " is now acknowledged by an officer.");
		reporter.send("/mine");
		reporter.awaitText(code + " · Dispute or public order · acknowledged");
		joiner.send("/mine");
		joiner.awaitText(code + " · Dispute or public order · acknowledged");

		BotMessage card = officer.await((m) -> m.messageId() == alert.messageId() && m.edits() >= 1, "the card");
		officer.press(card, "Ask the reporter");
		officer.awaitText("Type your question for the reporter of " + code);
		officer.send("Is it still spreading?");
		officer.awaitText("Your question about " + code + " was sent.");
		BotMessage question = reporter.awaitText("An officer has a question about your report " + code);
		reporter.press(question, "Answer");
		reporter.awaitText("Type your answer.");
		reporter.send(ANSWER);
		reporter.awaitText("Thank you, your answer was sent.");
		assertThat(officer.awaitText("Answer from the reporter of " + code).text()).contains(ANSWER)
			.doesNotContain(FIRST_NAME, LAST_NAME, USERNAME, String.valueOf(REPORTER));

		officer.press(officer.await((m) -> m.messageId() == alert.messageId() && m.text().contains("acknowledged"),
				"the acknowledged card"), "Resolved");
		reporter.awaitText("Your report " + code + " is now resolved.");
		joiner.awaitText("Your report " + code + " is now resolved.");
		reporter.press(reporter.awaitText("Your report " + code + " was resolved a few days ago."),
				"Yes, still a problem");
		reporter.awaitText("Your report " + code + " is open again");
		officer.await((m) -> m.messageId() != alert.messageId() && m.text().contains("New report " + code),
				"the area alerted again");
		StandInUser admin = telegram.user(1, "Admin", "en");
		admin.send("/audit");
		BotMessage audit = admin.await((m) -> m.text().contains("incident.asked") && m.text().contains(code),
				"the question in the audit log");
		assertThat(audit.text()).doesNotContain(FIRST_NAME, LAST_NAME, USERNAME, String.valueOf(REPORTER));
		reporter.send("/boom " + DESCRIPTION);
		reporter.awaitText("Sorry, something went wrong on our side.");
		Path photos = photoFolder().resolve(code);
		StandInUser.awaitTrue(() -> Files.exists(photos.resolve("1.jpg")), "the photo kept on disk");
		awaitSettled(code);

		List<String> found = traces(code);
		assertThat(found).as("where the reporter shows").isEmpty();
		Document member = this.mongo.findById(REPORTER, Document.class, "members");
		assertThat(member.toJson()).contains(FIRST_NAME, LAST_NAME, USERNAME)
			.doesNotContain(code, DESCRIPTION, relay(code).getString("_id"));
		for (String visit : List.of("firstSeen", "lastSeen")) {
			Instant when = member.getDate(visit).toInstant();
			assertThat(when).as("the reporter's %s is a day, not the moment the report was stored", visit)
				.isEqualTo(when.truncatedTo(ChronoUnit.DAYS));
		}
		try (Stream<Path> files = Files.walk(photoFolder())) {
			assertThat(files.map(Path::toString)).noneMatch(this::revealsReporter);
		}
		assertThat(this.logs.list).extracting(AnonymityTest::line)
			.anyMatch((line) -> line.contains("Handling update") && line.contains("IllegalStateException"))
			.noneMatch(this::revealsReporter)
			.noneMatch((line) -> line.contains(DESCRIPTION) || line.contains(ANSWER));

		Document relay = relay(code);
		assertThat(relay).doesNotContainKey("chatId");
		assertThat(this.sealer.openChat(relay.getString("chat"), "relay:" + relay.getString("_id")))
			.as("the relay opens with the key")
			.hasValue(REPORTER);
		String owner = this.sealer.tag("relays-of", REPORTER);
		assertThat(this.mongo.findById(owner, Document.class, Relays.BY_MEMBER).getList("relays", String.class))
			.as("/mine finds the relay with the key")
			.anySatisfy((sealed) -> assertThat(this.sealer.open(sealed, owner)).hasValue(relay.getString("_id")));
	}

	@Test
	void relaysAndListsFromBeforeSealingAreSealedAtStart() {
		Date later = Date.from(Instant.now().plus(Duration.ofDays(1)));
		this.mongo.insert(new Document("_id", "legacy-relay").append("chatId", 9_300_001L)
			.append("code", "KG-LEG1")
			.append("expiresAt", later), "relays");
		this.mongo.insert(List.of(
				new Document("_id", 9_300_001L).append("codes", List.of()).append("relays", List.of("legacy-relay")),
				new Document("_id", 9_300_002L).append("codes", List.of("KG-NAMED")).append("relays", List.of("x"))),
				ReportsByMember.COLLECTION);

		new ReportsByMember(this.mongo);
		Relays relays = new Relays(this.mongo, this.sealer);

		assertThat(this.mongo.findById("legacy-relay", Document.class, "relays")).doesNotContainKey("chatId")
			.containsEntry("code", "KG-LEG1");
		assertThat(relays.chat("legacy-relay", Instant.now())).hasValue(9_300_001L);
		assertThat(relays.codesOf(9_300_001L, Instant.now())).containsExactly("KG-LEG1");
		assertThat(this.mongo.findById(9_300_001L, Document.class, ReportsByMember.COLLECTION)).isNull();
		assertThat(this.mongo.findById(9_300_002L, Document.class, ReportsByMember.COLLECTION))
			.doesNotContainKey("relays")
			.containsEntry("codes", List.of("KG-NAMED"));
	}

	/**
	 * Every place the reporter's id (as a number or as text), name or username shows,
	 * other than their member record.
	 */
	private List<String> traces(String code) {
		List<String> found = new ArrayList<>();
		for (String collection : this.mongo.getCollectionNames()) {
			for (Document document : this.mongo.getCollection(collection).find()) {
				boolean own = collection.equals("members") && List.of(REPORTER, JOINER).contains(document.get("_id"));
				List<String> here = new ArrayList<>();
				walk(document, collection + "/" + document.get("_id"), here);
				if (!own) {
					found.addAll(here);
				}
			}
		}
		return found;
	}

	private void walk(Object value, String path, List<String> found) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> {
				if (revealsReporter(String.valueOf(key))) {
					found.add(path + " (a field's name)");
				}
				walk(inner, path + "." + key, found);
			});
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(list.get(i), path + "[" + i + "]", found);
			}
		}
		else if (value instanceof Number number) {
			if (List.of(REPORTER, JOINER).contains(number.longValue()) || number.doubleValue() == REPORTER
					|| number.doubleValue() == JOINER) {
				found.add(path + " = " + number);
			}
		}
		else if (value != null && revealsReporter(value.toString())) {
			found.add(path + " = " + value);
		}
	}

	private boolean revealsReporter(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return Stream
			.of(String.valueOf(REPORTER), FIRST_NAME, LAST_NAME, USERNAME, String.valueOf(JOINER), JOINER_NAME,
					JOINER_USERNAME)
			.anyMatch((trace) -> lower.contains(trace.toLowerCase(Locale.ROOT)));
	}

	/** Reports the same problem anonymously and joins the open report instead. */
	private void joinAnonymously(StandInUser joiner, String code, Area village) {
		joiner.send("/report");
		joiner.press(joiner.awaitText("What do you want to report?"), CATEGORY);
		joiner.awaitText("Describe what you saw");
		joiner.send("People shouting near the market");
		joiner.awaitText("Where is it?");
		joiner.shareLocation(village.location().lat(), village.location().lon());
		joiner.press(joiner.awaitText("You can send up to 5 photos"), "Done");
		joiner.press(joiner.awaitText("Is it urgent"), "No, not urgent");
		joiner.press(joiner.awaitText("Should officers see your name?"), "Send anonymously");
		joiner.press(joiner.awaitText("Others have already reported this here."), "Same problem as " + code);
		joiner.awaitText("You were added to report " + code);
	}

	/** The reporter's relay (the one the incident holds, not a follower's). */
	private Document relay(String code) {
		String token = this.mongo.findById(code, Incident.class).relayToken();
		return this.mongo.findById(token, Document.class, "relays");
	}

	/**
	 * Waits for every update of the reporters to be handled and every message about the
	 * report to be delivered and recorded (other tests' leftovers in the shared database
	 * do not count).
	 */
	private void awaitSettled(String code) {
		StandInUser.awaitTrue(() -> settled(code), "every write settled");
	}

	private boolean settled(String code) {
		List<String> questions = this.mongo
			.find(Query.query(Criteria.where("code").is(code)), Document.class, "questions")
			.stream()
			.map((question) -> question.getString("_id"))
			.toList();
		Criteria aboutIt = new Criteria().orOperator(Criteria.where("jobId").regex(code),
				Criteria.where("jobId").in(questions.stream().map((id) -> "question-" + id).toList()));
		return this.mongo.count(Query.query(Criteria.where("status").is("RECEIVED").and("chat").in(REPORTER, JOINER)),
				"received_updates") == 0
				&& this.mongo.count(Query.query(aboutIt), "bulk_chunks") == 0
				&& this.mongo.count(
						Query.query(new Criteria().andOperator(Criteria.where("status").is("PENDING"), aboutIt)),
						"deliveries") == 0;
	}

	private static String line(ILoggingEvent event) {
		String thrown = (event.getThrowableProxy() != null) ? ThrowableProxyUtil.asString(event.getThrowableProxy())
				: "";
		return event.getLoggerName() + " " + event.getFormattedMessage() + " " + thrown;
	}

}
