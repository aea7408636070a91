package org.danvan.incident;

import java.time.Duration;
import java.util.List;

import org.danvan.scheduling.TimeOfDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How incidents are reported and followed.
 *
 * @param relayRetention how long an anonymous reporter can still be reached through the
 * bot
 * @param maxDescription the longest description accepted, in characters
 * @param maxPhotos photos per report
 * @param escalateAfter how long an urgent report may stay unacknowledged before it is
 * alerted again, and after as long again, to the officers of the area above
 * @param followUpAfter how long after a report is resolved its reporter is asked whether
 * it is still a problem
 * @param sameProblemWindow how far back open reports of the same kind and place are
 * offered as "the same problem"
 * @param officerChats group chats that get the alerts of an area (and of every area
 * beneath it) besides its officers
 * @param photoFolder where to keep a copy of reports' photos; none kept when unset
 * @param digestAt when officers get their morning digest, in each province's time zone;
 * none when empty
 * @param digestAtByArea another digest time for the officers of some areas (and of the
 * areas beneath them), by area id; an empty time: no digest there
 * @param villageSummaryAt when, on the first of each month, villagers hear what became of
 * their village's reports the month before; none when empty
 */
@ConfigurationProperties("danvan.incidents")
public record IncidentSettings(@DefaultValue("30d") Duration relayRetention, @DefaultValue("2000") int maxDescription,
		@DefaultValue("5") int maxPhotos, @DefaultValue("15m") java.time.Duration escalateAfter,
		@DefaultValue("3d") java.time.Duration followUpAfter, @DefaultValue("7d") java.time.Duration sameProblemWindow,
		List<OfficerChat> officerChats, java.nio.file.Path photoFolder, @DefaultValue("07:00") String digestAt,
		java.util.Map<String, String> digestAtByArea, @DefaultValue("08:00") String villageSummaryAt) {

	public IncidentSettings {
		officerChats = (officerChats != null) ? List.copyOf(officerChats) : List.of();
		photoFolder = (photoFolder != null && !photoFolder.toString().isBlank()) ? photoFolder : null;
		digestAtByArea = (digestAtByArea != null) ? java.util.Map.copyOf(digestAtByArea) : java.util.Map.of();
		digestAtByArea.values().forEach(TimeOfDay::parse);
		TimeOfDay.parse(digestAt);
		TimeOfDay.parse(villageSummaryAt);
	}

	/** When officers get their digest; {@code null}: never. */
	public java.time.LocalTime digestTime() {
		return TimeOfDay.parse(this.digestAt);
	}

	/** The digest time of an area that has its own; {@code null}: none there. */
	public java.time.LocalTime ownDigestTime(String areaId) {
		return TimeOfDay.parse(this.digestAtByArea.get(areaId));
	}

	/** When the monthly village summaries go; {@code null}: never. */
	public java.time.LocalTime villageSummaryTime() {
		return TimeOfDay.parse(this.villageSummaryAt);
	}

	/**
	 * A group chat of officers that gets an area's alerts.
	 *
	 * @param area the area id, e.g. {@code kg-gt}
	 * @param chatId the group's chat id (negative; the bot logs it when added to a group)
	 * @param language the language the alerts are written in
	 */
	public record OfficerChat(String area, long chatId, @DefaultValue("vi") String language) {

	}

}
