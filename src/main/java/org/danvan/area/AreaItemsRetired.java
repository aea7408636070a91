package org.danvan.area;

import java.util.List;

/**
 * Border markers and road segments were retired (alone, or with their area), so whatever
 * holds them lets them go.
 *
 * @param markerIds the markers retired
 * @param roadIds the road segments retired
 */
public record AreaItemsRetired(List<String> markerIds, List<String> roadIds) {

}
