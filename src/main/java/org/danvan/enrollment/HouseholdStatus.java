package org.danvan.enrollment;

/**
 * Where a household's enrollment stands.
 */
public enum HouseholdStatus {

	/** Waiting for a coordinator. */
	PENDING,
	/** Approved: counted in its group. */
	APPROVED,
	/** Declined, with a reason; the person may enroll again. */
	DECLINED,
	/** Left its group; the person may enroll again. */
	LEFT;

	/** Whether the household holds its place (one enrollment per person and phone). */
	public boolean active() {
		return this == PENDING || this == APPROVED;
	}

}
