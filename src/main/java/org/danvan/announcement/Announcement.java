package org.danvan.announcement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An announcement as an officer (or a group's coordinator) composed it.
 *
 * @param id its short code
 * @param createdBy who composed it
 * @param audience who it is for
 * @param path ids from the province down to the audience's area, for who may see it
 * @param urgent whether it goes at once, in quiet hours and to those who muted
 * announcements
 * @param versions its text by language, as safe Telegram HTML; empty for a version that
 * is a voice note only
 * @param photoFileId a photo sent with it, or {@code null}
 * @param documentFileId a file sent with it, or {@code null}
 * @param timing when it goes
 * @param eventAt when the event it announces takes place (recipients may ask to be
 * reminded), or {@code null}
 * @param status where it stands
 * @param runs how often it was sent
 * @param jobs the delivery jobs of its runs, the newest last
 * @param createdAt when it was confirmed
 * @param paidStars the most Stars a run may spend as paid broadcast, as its preview
 * quoted; 0: it goes at the free rate
 * @param voices voice notes the officer recorded, by language (Telegram file ids), each
 * sent before its version's text
 */
@Document("announcements")
public record Announcement(@Id String id, long createdBy, Audience audience, List<String> path, boolean urgent,
		Map<String, String> versions, String photoFileId, String documentFileId, Timing timing, Instant eventAt,
		AnnouncementStatus status, int runs, List<String> jobs, Instant createdAt, long paidStars,
		Map<String, String> voices) {

	public Announcement {
		path = (path != null) ? List.copyOf(path) : List.of();
		versions = (versions != null) ? Map.copyOf(versions) : Map.of();
		jobs = (jobs != null) ? List.copyOf(jobs) : List.of();
		voices = (voices != null) ? Map.copyOf(voices) : Map.of();
	}

	public String areaId() {
		return this.audience.areaId();
	}

	/** The delivery job of its last run, or {@code null} before the first. */
	public String lastJob() {
		return this.jobs.isEmpty() ? null : this.jobs.get(this.jobs.size() - 1);
	}

}
