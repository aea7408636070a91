package org.danvan.incident;

import java.util.Set;

/**
 * Where an incident stands: NEW, then ACKNOWLEDGED, IN_PROGRESS, and RESOLVED or
 * REJECTED.
 */
public enum Status {

	NEW("incident.status.new"), ACKNOWLEDGED("incident.status.acknowledged"),
	IN_PROGRESS("incident.status.in-progress"), RESOLVED("incident.status.resolved"),
	REJECTED("incident.status.rejected");

	private final String key;

	Status(String key) {
		this.key = key;
	}

	public boolean isOpen() {
		return this != RESOLVED && this != REJECTED;
	}

	/** The statuses an incident may move to this one from. */
	Set<Status> from() {
		return switch (this) {
			case NEW -> Set.of(RESOLVED);
			case ACKNOWLEDGED -> Set.of(NEW);
			case IN_PROGRESS -> Set.of(NEW, ACKNOWLEDGED);
			case RESOLVED, REJECTED -> Set.of(NEW, ACKNOWLEDGED, IN_PROGRESS);
		};
	}

	public String key() {
		return this.key;
	}

}
