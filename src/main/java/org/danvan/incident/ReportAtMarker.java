package org.danvan.incident;

/**
 * Someone on patrol found a problem at a border marker: their report starts with the
 * marker and its place already filled in.
 *
 * @param userId who reports (their private chat)
 * @param markerId the marker, or {@code null} when the beat has none
 * @param areaId where the patrol was, for a beat without markers
 */
public record ReportAtMarker(long userId, String markerId, String areaId) {

}
