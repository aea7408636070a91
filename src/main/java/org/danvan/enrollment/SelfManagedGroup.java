package org.danvan.enrollment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A self-managed group of households of one village that looks after road segments and
 * border markers.
 *
 * @param id short code, also the group's invite code
 * @param villageId the village it belongs to
 * @param path ids from the province down to the village
 * @param name its name, as the village calls it
 * @param leaderHouseholdId the leader household, or {@code null} until one is chosen
 * @param markerIds the border markers it looks after
 * @param roadIds the road segments it looks after
 * @param createdBy the coordinator who created it
 * @param createdAt when
 */
@Document("groups")
public record SelfManagedGroup(@Id String id, String villageId, List<String> path, String name, Long leaderHouseholdId,
		List<String> markerIds, List<String> roadIds, long createdBy, Instant createdAt) {

	public SelfManagedGroup {
		markerIds = (markerIds != null) ? List.copyOf(markerIds) : List.of();
		roadIds = (roadIds != null) ? List.copyOf(roadIds) : List.of();
	}

}
