package org.danvan.incident;

import java.util.List;

import org.danvan.area.GeoPoint;

/**
 * What a reporter has confirmed, before it is stored.
 *
 * @param draft the conversation's random id
 * @param category what it is about
 * @param description text, or {@code null} for a voice note
 * @param voiceFileId a voice note, or {@code null}
 * @param areaId the village (or commune)
 * @param markerId a border marker, or {@code null}
 * @param roadId a road segment, or {@code null}
 * @param location a shared location, or {@code null}
 * @param photoFileIds up to five photos
 * @param urgent marked urgent
 * @param anonymous without the reporter's name
 */
public record Report(String draft, Category category, String description, String voiceFileId, String areaId,
		String markerId, String roadId, GeoPoint location, List<String> photoFileIds, boolean urgent,
		boolean anonymous) {

}
