package org.danvan.incident;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.danvan.area.Area;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given open incidents of several kinds in a commune, when its officer asks
 * {@code /incidents}, then they page through them newest first and narrow them by status
 * and category with buttons, from the open-incident index rather than a scan.
 */
class IncidentListTest extends IncidentEndToEndTest {

	@Autowired
	Incidents incidents;

	@Autowired
	OpenIncidents open;

	@Test
	void anOfficerPagesAndFiltersTheOpenIncidentsOfTheirCommune() {
		Area commune = this.areas.children(this.areas.children("ls").get(0).id()).get(1);
		Area village = this.areas.villages(commune.id()).get(0);
		List<String> fires = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			fires.add(stored(village, Category.FIRE, i).code());
		}
		String flood = stored(village, Category.FLOOD, 20).code();
		String closed = stored(village, Category.FLOOD, 21).code();
		move(closed, Status.RESOLVED);
		move(fires.get(11), Status.ACKNOWLEDGED);
		StandInUser officer = officer(commune.id());

		officer.send("/incidents");
		BotMessage list = officer.awaitText("13 open reports (All open · All categories), the newest first:");
		assertThat(list.text()).contains(flood, fires.get(11), fires.get(4)).doesNotContain(closed, fires.get(2));
		assertThat(list.text().indexOf(flood)).isLessThan(list.text().indexOf(fires.get(11)));

		officer.press(list, "Next");
		BotMessage second = officer.await((m) -> m.messageId() == list.messageId() && m.text().contains(fires.get(0)),
				"page two");
		assertThat(second.text()).contains(fires.get(2)).doesNotContain(flood);

		officer.press(second, "Category…");
		BotMessage categories = officer.await(
				(m) -> m.messageId() == list.messageId() && m.text().equals("Show which category?"), "the categories");
		officer.press(categories, "Fire");
		BotMessage onlyFires = officer
			.await((m) -> m.messageId() == list.messageId() && m.text().contains("(All open · Fire)"), "fires only");
		assertThat(onlyFires.text()).startsWith("12 open reports").doesNotContain(flood);

		officer.press(onlyFires, "New");
		BotMessage newFires = officer
			.await((m) -> m.messageId() == list.messageId() && m.text().contains("(New · Fire)"), "new fires only");
		assertThat(newFires.text()).startsWith("11 open reports").doesNotContain(fires.get(11));

		officer.press(newFires, "Acknowledged");
		BotMessage acknowledged = officer.await(
				(m) -> m.messageId() == list.messageId() && m.text().contains("(Acknowledged · Fire)"), "acknowledged");
		assertThat(acknowledged.text()).startsWith("1 open report").contains(fires.get(11));

		officer.press(acknowledged, "Category…");
		officer.press(officer.await((m) -> m.messageId() == list.messageId() && m.text().startsWith("Show which"),
				"the categories again"), "Health emergency");
		officer.await((m) -> m.messageId() == list.messageId()
				&& m.text().equals("No open reports in your areas (Acknowledged · Health emergency)."), "none");
	}

	@Test
	void forgedListButtonsAreRefused() {
		StandInUser officer = officer(this.areas.children(this.areas.children("ls").get(0).id()).get(1).id());
		officer.send("/incidents");
		BotMessage list = officer.await((m) -> m.text().contains("(All open · All categories)"), "the list");
		for (String forged : List.of("inc:list:all.0", "inc:list:every.*.0", "inc:list:all.xyz.0", "inc:list:all.*.-1",
				"inc:cats:all.*", "inc:list:all.*.99999")) {
			String press = officer.pressData(list, forged).path("callback_query").path("id").asText();
			assertThat(telegram.callbackText(press)).as(forged).contains("no longer works");
		}
		assertThat(officer.messages()).filteredOn((m) -> m.messageId() == list.messageId())
			.allMatch((m) -> m.edits() == 0);
	}

	@Test
	void aStaleIndexEntryIsPutRightWhenReadAndTheIndexBuildsFromTheIncidents() {
		Area commune = this.areas.children(this.areas.children("ls").get(0).id()).get(2);
		Area village = this.areas.villages(commune.id()).get(0);
		Incident stale = stored(village, Category.ROAD, 1);
		Incident gone = stored(village, Category.ROAD, 2);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(stale.code())),
				Update.update("status", Status.RESOLVED), Incident.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is(gone.code())), Incident.class);

		assertThat(this.incidents.current(this.open.in(List.of(village.id())))).isEmpty();
		assertThat(this.open.in(List.of(village.id()))).isEmpty();

		Incident missed = stored(village, Category.ROAD, 3);
		this.open.forget(village.id(), missed.code());
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^" + village.id() + ":")), OpenIncidents.BY_DAY);
		assertThat(this.open.in(List.of(village.id()))).isEmpty();
		assertThat(this.open.reportedSince(List.of(village.id()), Instant.now().minusSeconds(86_400), Instant.now()))
			.isEmpty();
		this.incidents.buildIndexes();
		assertThat(this.open.built()).isTrue();
		assertThat(this.open.byDayBuilt()).isTrue();
		assertThat(this.open.in(List.of(village.id()))).extracting(OpenIncidents.Entry::code)
			.containsExactly(missed.code());
		assertThat(this.open.reportedSince(List.of(village.id()), Instant.now().minusSeconds(86_400), Instant.now()))
			.as("the per-day documents, built again from the incidents")
			.contains(missed.code(), stale.code());
	}

	@Test
	void anOfficerSeesTheOpenIncidentsOnAMapOfTheirVillagesAndAVillagerDoesNot() throws Exception {
		Area commune = this.areas.children(this.areas.children("ls").get(0).id()).get(0);
		Area village = this.areas.villages(commune.id()).get(0);
		stored(village, Category.ROAD, 5);
		StandInUser officer = officer(commune.id());

		officer.send("/incidents map");
		BotMessage map = officer.await((m) -> "photo:incidents-map.png".equals(m.media()), "the map");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(telegram.file(map).bytes()));
		assertThat(image.getWidth()).isEqualTo(org.danvan.area.AreaMap.WIDTH);
		assertThat(image.getHeight()).isGreaterThan(image.getWidth() / 2);
		officer.await((m) -> m.text().contains("open report") && m.text().contains("on the map"), "its caption");
		boolean roadPin = false;
		for (int y = 0; y < image.getHeight() && !roadPin; y++) {
			for (int x = 0; x < image.getWidth() && !roadPin; x++) {
				roadPin = image.getRGB(x, y) == IncidentMap.COLOURS.get(Category.ROAD).getRGB();
			}
		}
		assertThat(roadPin).as("the road report's pin").isTrue();

		officer.send("/incidents");
		BotMessage list = officer.await((m) -> m.text().contains("open report") && m.text().contains("newest first"),
				"the list");
		int maps = (int) officer.messages().stream().filter((m) -> "photo:incidents-map.png".equals(m.media())).count();
		officer.press(list, "🗺 Map");
		officer.await((m) -> officer.messages()
			.stream()
			.filter((x) -> "photo:incidents-map.png".equals(x.media()))
			.count() > maps, "the map from the list's button");

		StandInUser villager = newUser("Tam", "en");
		villager.send("/incidents map");
		villager.awaitText("Sorry, only a member with the officer role may do this.");
		assertThat(villager.messages()).noneMatch((m) -> m.media() != null);
	}

	private Incident stored(Area village, Category category, int minutesAgo) {
		Instant at = Instant.now().minusSeconds(60L * (100 - minutesAgo));
		Incident draft = new Incident(null, UUID.randomUUID().toString(), category, "Listed " + minutesAgo, null,
				village.id(), village.path(), null, null, null, List.of(), false, 7L, null, Status.NEW, null,
				List.of(new Incident.Change(Status.NEW, null, at, null)), at, List.of(), List.of());
		return this.incidents.store(draft, "ls");
	}

	private void move(String code, Status to) {
		assertThat(this.incidents.transition(code, to, new Incident.Change(to, 1L, Instant.now(), null), 1L))
			.isPresent();
	}

}
