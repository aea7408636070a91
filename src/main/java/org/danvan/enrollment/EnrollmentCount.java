package org.danvan.enrollment;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Running totals of an area (id = the area's id) or of a group (id = {@code g:<group>}),
 * kept with {@code $inc} on every change so that a summary reads a few documents by id
 * instead of every household.
 *
 * @param id the area's id, or {@code g:} and the group's
 * @param groups groups in the area and beneath it
 * @param households approved households
 * @param people people in them
 * @param pending households waiting for approval
 * @param markers border markers in the area that a group looks after
 * @param roadMeters metres of road in the area that a group looks after
 * @param groupIds for a village: its groups
 * @param pendingIds for a village: its households waiting for approval
 * @param householdIds for a group: its approved households
 */
@Document(EnrollmentCount.COLLECTION)
public record EnrollmentCount(@Id String id, long groups, long households, long people, long pending, long markers,
		long roadMeters, List<String> groupIds, List<Long> pendingIds, List<Long> householdIds) {

	static final String COLLECTION = "enrollment_counts";

	public EnrollmentCount {
		groupIds = (groupIds != null) ? List.copyOf(groupIds) : List.of();
		pendingIds = (pendingIds != null) ? List.copyOf(pendingIds) : List.of();
		householdIds = (householdIds != null) ? List.copyOf(householdIds) : List.of();
	}

	static EnrollmentCount empty(String id) {
		return new EnrollmentCount(id, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
	}

	static String ofGroup(String groupId) {
		return "g:" + groupId;
	}

	public double roadKm() {
		return this.roadMeters / 1000.0;
	}

}
