package org.danvan.area;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The shipped area file, and files a careless edit could produce.
 */
class AreaFileReaderTest {

	static final Path SHIPPED = Path.of("config/areas.yml");

	@Test
	void theShippedFileReadsTheSameTwice() {
		AreaFileReader.Contents first = AreaFileReader.read(SHIPPED, "Asia/Ho_Chi_Minh");
		AreaFileReader.Contents second = AreaFileReader.read(SHIPPED, "Asia/Ho_Chi_Minh");

		assertThat(second).isEqualTo(first);
		assertThat(first.areas()).extracting(Area::id).doesNotHaveDuplicates();
	}

	@Test
	void kienGiangHasTheFiguresTheArticlesGive() {
		Area kienGiang = AreaFileReader.read(SHIPPED, "Asia/Ho_Chi_Minh")
			.areas()
			.stream()
			.filter((area) -> area.id().equals("kg"))
			.findFirst()
			.orElseThrow();

		assertThat(kienGiang.markerCount()).isEqualTo(28);
		assertThat(kienGiang.roadKm()).isEqualTo(56.8);
		assertThat(kienGiang.timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
	}

	@Test
	void everyVillageHasAPlaceAndEveryAreaItsPath() {
		AreaFileReader.Contents contents = AreaFileReader.read(SHIPPED, "Asia/Ho_Chi_Minh");

		assertThat(contents.areas()).filteredOn(Area::isVillage).isNotEmpty().allMatch((v) -> v.location() != null);
		assertThat(contents.areas()).allMatch((area) -> area.path().get(area.path().size() - 1).equals(area.id()));
		assertThat(contents.markers()).allMatch((marker) -> marker.path().contains(marker.areaId()));
	}

	@Test
	void unknownFieldsAreRefused() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				areas:
				  - id: p
				    level: province
				    name: {vi: "P"}
				    colour: red
				""")).withMessageContaining("colour");
	}

	@Test
	void aDuplicateIdIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				areas:
				  - id: p
				    level: province
				    name: {vi: "P"}
				    children:
				      - {id: p, level: district, name: {vi: "D"}}
				""")).withMessageContaining("used twice");
	}

	@Test
	void aVillageWithoutALocationIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				areas:
				  - id: p
				    level: province
				    name: {vi: "P"}
				    children:
				      - {id: v, level: village, name: {vi: "V"}}
				""")).withMessageContaining("needs a location");
	}

	@Test
	void levelsMustGoDown() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				areas:
				  - id: p
				    level: province
				    name: {vi: "P"}
				    children:
				      - {id: q, level: province, name: {vi: "Q"}}
				""")).withMessageContaining("cannot sit under");
	}

	@Test
	void totalsAddUpFromBelow() {
		AreaFileReader.Contents contents = read("""
				areas:
				  - id: p
				    level: province
				    name: {vi: "P"}
				    children:
				      - id: c
				        level: commune
				        name: {vi: "C"}
				        markers: [{number: "1"}]
				        roads: [{id: r1, name: {vi: "R1"}, km: 1.2}]
				        children:
				          - id: v
				            level: village
				            name: {vi: "V"}
				            location: {lat: 10.5, lon: 104.6}
				            markers: [{number: "2/1"}]
				            roads: [{id: r2, name: {vi: "R2"}, km: 0.3}]
				""");

		assertThat(contents.areas()).extracting(Area::id, Area::markerCount, Area::roadKm)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("p", 2, 1.5),
					org.assertj.core.groups.Tuple.tuple("c", 2, 1.5), org.assertj.core.groups.Tuple.tuple("v", 1, 0.3));
		assertThat(contents.markers()).extracting(BorderMarker::id).containsExactly("p-m1", "p-m2.1");
	}

	@Test
	void aRoadRunsAlongMarkersOfItsProvinceThatHaveAPlace() {
		String file = """
				areas:
				  - id: p
				    level: province
				    name: {vi: "P"}
				    children:
				      - id: c
				        level: commune
				        name: {vi: "C"}
				        markers:
				          - {number: "1", location: {lat: 10.50, lon: 104.60}}
				          - {number: "1/1", location: {lat: 10.51, lon: 104.61}}
				          - {number: "2"}
				        roads:
				          - {id: r1, name: {vi: "R1"}, km: 1.2, along: ["1", "1/1"]}
				          - {id: r2, name: {vi: "R2"}, km: 0.3}
				""";

		assertThat(read(file).roads()).extracting(RoadSegment::id, RoadSegment::along)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("r1", java.util.List.of("1", "1/1")),
					org.assertj.core.groups.Tuple.tuple("r2", java.util.List.of()));
		assertThatIllegalStateException().isThrownBy(() -> read(file.replace("[\"1\", \"1/1\"]", "[\"1\", \"9\"]")))
			.withMessageContaining("Road r1 runs along marker 9");
		assertThatIllegalStateException().isThrownBy(() -> read(file.replace("[\"1\", \"1/1\"]", "[\"1\", \"2\"]")))
			.withMessageContaining("not a marker of p with a location");
		assertThatIllegalStateException().isThrownBy(() -> read(file.replace("[\"1\", \"1/1\"]", "[\"1\"]")))
			.withMessageContaining("name two or more");
	}

	@Test
	void everyShippedRoadOnAMarkerStretchHasItsRoute() {
		AreaFileReader.Contents contents = AreaFileReader.read(SHIPPED, "Asia/Ho_Chi_Minh");

		assertThat(contents.roads()).filteredOn((road) -> road.name("vi").matches(".*mốc \\d+(/\\d+)?\\s*–.*"))
			.isNotEmpty()
			.allSatisfy((road) -> assertThat(road.along()).as(road.id()).hasSizeGreaterThanOrEqualTo(2));
	}

	private static AreaFileReader.Contents read(String yaml) {
		return AreaFileReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "Asia/Ho_Chi_Minh");
	}

}
