package org.danvan.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database is the truth once seeded: given a database of its own (the shared one is
 * left alone), a start seeds it from the area file, and a later start with the same file
 * keeps what was changed in the bot and only adds ids the database never had.
 */
class AreaPrecedenceTest extends EndToEndTest {

	private static final AreaSettings SETTINGS = new AreaSettings(AreaFileReaderTest.SHIPPED.toString(),
			"Asia/Ho_Chi_Minh");

	@Autowired
	MongoClient client;

	MongoTemplate mongo;

	AreaStore store;

	@BeforeEach
	void ownDatabase() {
		this.mongo = new MongoTemplate(this.client, "areas-precedence-" + System.nanoTime());
		this.store = new AreaStore(this.mongo);
	}

	@AfterEach
	void dropIt() {
		this.mongo.getDb().drop();
	}

	@Test
	void anEmptyDatabaseIsSeededFromTheFileAndASecondStartAddsNothing() {
		AreaFileReader.Contents file = AreaFileReader.read(AreaFileReaderTest.SHIPPED, "Asia/Ho_Chi_Minh");

		AreaManagement first = new AreaManagement(SETTINGS, this.store);

		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Area.class))
			.isEqualTo(file.areas().size());
		assertThat(first.marker("kg-m289")).isPresent();
		assertThat(first.area("kg-vd").orElseThrow().markerCount()).isEqualTo(markersIn(file, "kg-vd")).isPositive();
		assertThat(this.store.seed(file)).isZero();
		assertThat(first.children("kg-vd")).extracting(Area::id)
			.containsExactlyElementsOf(
					file.areas().stream().filter((a) -> "kg-vd".equals(a.parentId())).map(Area::id).toList());
	}

	@Test
	void botEditsSurviveARestartWithTheSameFile() {
		AreaManagement before = new AreaManagement(SETTINGS, this.store);
		AreaEdits edits = new AreaEdits(before, this.store, (event) -> {
		});
		assertThat(edits.rename("kg-vd", "vi", "Xã Vĩnh Điều Mới").isDone()).isTrue();
		assertThat(edits.retireMarker("kg-m289").isDone()).isTrue();
		assertThat(edits.addArea("kg-vd", "kg-vd-test", "Ấp Thử", new GeoPoint(10.58, 104.78)).isDone()).isTrue();
		assertThat(edits.addRoad("kg-vd-test", "kg-vd-test-r1", "Đường thử", 2.5).isDone()).isTrue();

		AreaManagement after = new AreaManagement(SETTINGS, this.store);

		assertThat(after.area("kg-vd").orElseThrow().name("vi")).isEqualTo("Xã Vĩnh Điều Mới");
		assertThat(after.marker("kg-m289").orElseThrow().retired()).isTrue();
		assertThat(after.markers("kg-vd")).extracting(BorderMarker::id).doesNotContain("kg-m289");
		assertThat(after.area("kg-vd").orElseThrow().markerCount())
			.isEqualTo(markersIn(AreaFileReader.read(AreaFileReaderTest.SHIPPED, "Asia/Ho_Chi_Minh"), "kg-vd") - 1);
		assertThat(after.children("kg-vd")).extracting(Area::id).contains("kg-vd-test");
		assertThat(after.roads("kg-vd")).extracting(RoadSegment::id).contains("kg-vd-test-r1");
	}

	@Test
	void theFileAddsOnlyIdsTheDatabaseNeverHad() {
		new AreaManagement(SETTINGS, this.store);
		AreaFileReader.Contents file = AreaFileReader.read(AreaFileReaderTest.SHIPPED, "Asia/Ho_Chi_Minh");
		Area commune = file.areas().stream().filter((a) -> a.id().equals("kg-vd")).findFirst().orElseThrow();
		List<Area> changed = new ArrayList<>(file.areas());
		changed.replaceAll((a) -> a.id().equals("kg-vd") ? a.withName(Map.of("vi", "Renamed in the file")) : a);
		changed.remove(file.areas().get(file.areas().size() - 1));
		changed.add(new Area("kg-vd-new", Level.VILLAGE, "kg-vd", List.of("kg", "kg-gt", "kg-vd", "kg-vd-new"),
				Map.of("vi", "Ấp Mới"), commune.timeZone(), commune.defaultLanguage(), List.of(),
				new GeoPoint(10.58, 104.78), List.of(), 0, 0, false, 999));

		int added = this.store.seed(new AreaFileReader.Contents(changed, file.markers(), file.roads()));

		assertThat(added).isEqualTo(1);
		AreaTree tree = this.store.load();
		assertThat(tree.area("kg-vd").orElseThrow().name("vi")).isEqualTo(commune.name("vi"));
		assertThat(tree.area("kg-vd-new")).isPresent();
		assertThat(tree.area(file.areas().get(file.areas().size() - 1).id()).orElseThrow().retired()).isFalse();
	}

	private static int markersIn(AreaFileReader.Contents file, String areaId) {
		return (int) file.markers().stream().filter((marker) -> marker.path().contains(areaId)).count();
	}

}
