package org.danvan.announcement;

import java.util.List;

/**
 * Who an announcement is for.
 *
 * @param kind what kind of people
 * @param areaId the area it covers: the chosen area, the commune of the chosen villages,
 * or the group's village; whoever may announce there may send it
 * @param ids the chosen villages, or the group's id
 */
public record Audience(AudienceKind kind, String areaId, List<String> ids) {

	public Audience {
		ids = (ids != null) ? List.copyOf(ids) : List.of();
	}

}
