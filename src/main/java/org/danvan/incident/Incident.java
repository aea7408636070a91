package org.danvan.incident;

import java.time.Instant;
import java.util.List;

import org.danvan.area.GeoPoint;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reported incident. An anonymous one holds no Telegram id, name, username or phone:
 * only a random relay token, whose separate record (which expires) is the one link back
 * to the chat.
 *
 * @param code the reference code, readable aloud, e.g. {@code KG-7Q4K}
 * @param draft random id of the conversation that made it, so a double confirm stores it
 * once
 * @param category what it is about
 * @param description what the reporter wrote, if they wrote
 * @param voiceFileId their voice note, if they spoke
 * @param areaId the village (or commune) it happened in
 * @param path the area ids from the province down to {@code areaId}
 * @param markerId the border marker concerned, if any
 * @param roadId the road segment concerned, if any
 * @param location where, if they shared a location
 * @param photoFileIds Telegram file ids of up to five photos
 * @param urgent whether the reporter marked it urgent
 * @param reporterId who reported it, {@code null} when anonymous
 * @param relayToken the anonymous reporter's relay token, {@code null} when named
 * @param status where it stands
 * @param assigneeId the officer who took it, if any
 * @param history every change: who, when, to what
 * @param createdAt when it was reported
 * @param followerIds members who reported the same problem with their name
 * @param followerRelays relay tokens of those who reported the same problem anonymously
 */
@Document("incidents")
public record Incident(@Id String code, String draft, Category category, String description, String voiceFileId,
		String areaId, List<String> path, String markerId, String roadId, GeoPoint location, List<String> photoFileIds,
		boolean urgent, Long reporterId, String relayToken, Status status, Long assigneeId, List<Change> history,
		Instant createdAt, List<Long> followerIds, List<String> followerRelays) {

	public Incident {
		photoFileIds = (photoFileIds != null) ? List.copyOf(photoFileIds) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
		followerIds = (followerIds != null) ? List.copyOf(followerIds) : List.of();
		followerRelays = (followerRelays != null) ? List.copyOf(followerRelays) : List.of();
	}

	public boolean anonymous() {
		return this.reporterId == null;
	}

	/**
	 * One change of status.
	 *
	 * @param status the new status
	 * @param by the officer who made it ({@code null} for the reporter or the system)
	 * @param at when
	 * @param note a reason, for a rejection
	 */
	public record Change(Status status, Long by, Instant at, String note) {

	}

}
