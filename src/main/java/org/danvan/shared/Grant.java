package org.danvan.shared;

/**
 * A role held in an area (and everything beneath it). An admin grant without an area
 * holds everywhere.
 *
 * @param role the role
 * @param areaId the area, or {@code null} for everywhere
 */
public record Grant(Role role, String areaId) {

	public Grant {
		if (role == null || role == Role.VILLAGER) {
			throw new IllegalArgumentException("Only officer, coordinator and admin are granted");
		}
		if (areaId == null && role != Role.ADMIN) {
			throw new IllegalArgumentException(role + " is granted in an area");
		}
	}

	public boolean everywhere() {
		return this.areaId == null;
	}

}
