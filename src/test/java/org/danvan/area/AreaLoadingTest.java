package org.danvan.area;

import java.util.List;

import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the shipped area file loaded at start-up, when it is loaded again, then nothing
 * is written and the stored ids are the same.
 */
class AreaLoadingTest extends EndToEndTest {

	@Autowired
	AreaStore store;

	@Autowired
	MongoTemplate mongo;

	@Test
	void loadingTheShippedFileAgainChangesNothing() {
		List<String> before = ids();

		int written = this.store.sync(AreaFileReader.read(AreaFileReaderTest.SHIPPED, "Asia/Ho_Chi_Minh"));

		assertThat(written).isZero();
		assertThat(ids()).isEqualTo(before).isNotEmpty();
	}

	@Test
	void anAreaLeftOutOfTheFileIsRetiredNotDeleted() {
		AreaFileReader.Contents shipped = AreaFileReader.read(AreaFileReaderTest.SHIPPED, "Asia/Ho_Chi_Minh");
		Area dropped = shipped.areas().get(shipped.areas().size() - 1);
		AreaFileReader.Contents smaller = new AreaFileReader.Contents(
				shipped.areas().subList(0, shipped.areas().size() - 1), shipped.markers(), shipped.roads());
		try {
			assertThat(this.store.sync(smaller)).isEqualTo(1);
			assertThat(this.mongo.findById(dropped.id(), Area.class).retired()).isTrue();
		}
		finally {
			this.store.sync(shipped);
		}
		assertThat(this.mongo.findById(dropped.id(), Area.class).retired()).isFalse();
	}

	private List<String> ids() {
		return this.mongo.findAll(Area.class).stream().map(Area::id).sorted().toList();
	}

}
