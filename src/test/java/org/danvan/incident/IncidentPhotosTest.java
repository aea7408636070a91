package org.danvan.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.danvan.area.Area;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a report whose photo Telegram cannot give back, when its photos are to be kept,
 * then the download is tried again later, a few times, and then given up.
 */
class IncidentPhotosTest extends IncidentEndToEndTest {

	@Autowired
	Incidents incidents;

	@Autowired
	IncidentPhotos photos;

	@Test
	void aFailedDownloadIsTriedAgainLaterAndThenGivenUp() {
		Area village = this.areas.villages("kg-tkh").get(0);
		Instant now = Instant.now();
		Incident incident = this.incidents
			.store(new Incident(null, UUID.randomUUID().toString(), Category.OTHER, "Photo Telegram lost", null,
					village.id(), village.path(), null, null, null, List.of("never-sent"), false, 9L, null, Status.NEW,
					null, List.of(new Incident.Change(Status.NEW, null, now, null)), now, List.of(), List.of()), "kg");

		this.photos.run(Map.of("code", incident.code(), "attempt", "1"));

		Document retry = this.mongo.findById("photos-" + incident.code() + "-2", Document.class, "schedules");
		assertThat(retry).isNotNull();
		assertThat(retry.getString("status")).isEqualTo("PENDING");
		assertThat(retry.get("fireAt", Date.class).toInstant()).isBetween(now.plus(Duration.ofSeconds(50)),
				now.plus(Duration.ofMinutes(2)));
		assertThat(photoFolder().resolve(incident.code()).resolve("1.jpg")).doesNotExist();

		this.photos.run(Map.of("code", incident.code(), "attempt", String.valueOf(IncidentPhotos.ATTEMPTS)));
		assertThat(this.mongo.findById("photos-" + incident.code() + "-" + (IncidentPhotos.ATTEMPTS + 1),
				Document.class, "schedules"))
			.isNull();
		assertThat(photoFolder().resolve(incident.code())).doesNotExist();
	}

}
