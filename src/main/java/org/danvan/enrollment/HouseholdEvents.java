package org.danvan.enrollment;

/**
 * What happens to a household's enrollment, for the notices.
 */
public final class HouseholdEvents {

	private HouseholdEvents() {
	}

	/** A household asks to join a group. */
	public record Requested(Household household, SelfManagedGroup group) {

	}

	/** A coordinator approved or declined it. */
	public record Decided(Household household, SelfManagedGroup group) {

	}

}
