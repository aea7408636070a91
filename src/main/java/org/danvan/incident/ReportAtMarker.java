package org.danvan.incident;

/**
 * Someone on patrol found a problem at a border marker: their report starts with the
 * marker and its place already filled in.
 *
 * @param userId who reports (their private chat)
 * @param markerId the marker, or {@code null} when the report should ask for the place
 * @param areaId where the problem is, when known without a marker, or {@code null}
 */
public record ReportAtMarker(long userId, String markerId, String areaId) {

}
