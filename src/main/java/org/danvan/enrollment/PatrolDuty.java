package org.danvan.enrollment;

import java.time.Instant;
import java.util.List;

import org.danvan.area.GeoPoint;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One patrol: which household of a group walks its beat on a date, and how it went.
 *
 * @param id {@code <group>:<yyyy-mm-dd>}
 * @param groupId the group
 * @param date the local date of the patrol, {@code yyyy-mm-dd}
 * @param householdId the household on duty
 * @param passedBy households that passed the turn on ("can't go")
 * @param status how it went
 * @param eveningSent whether the evening-before reminder went out
 * @param morningSent whether the morning reminder went out
 * @param checkedAt when the household answered
 * @param location where it checked in, if it shared one
 * @param photoFileId a photo it sent, if any
 */
@Document("patrol_duties")
public record PatrolDuty(@Id String id, String groupId, String date, long householdId, List<Long> passedBy,
		Status status, boolean eveningSent, boolean morningSent, Instant checkedAt, GeoPoint location,
		String photoFileId) {

	public PatrolDuty {
		passedBy = (passedBy != null) ? List.copyOf(passedBy) : List.of();
	}

	static String id(String groupId, String date) {
		return groupId + ":" + date;
	}

	/** How a patrol went. */
	public enum Status {

		/** Nobody answered yet. */
		DUE,
		/** "All clear". */
		CLEAR,
		/** "Problem found": a report was started. */
		PROBLEM,
		/** The day passed without an answer. */
		MISSED,
		/** Every household passed the turn on. */
		UNCOVERED

	}

}
