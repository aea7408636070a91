package org.danvan.access;

/**
 * What the bot sends on its own, which each member may switch off in {@code /settings}.
 */
public enum Notice {

	/** Normal announcements (urgent ones always come). */
	ANNOUNCEMENTS,

	/** The monthly summary of what became of the village's reports. */
	VILLAGE_SUMMARY,

	/** The officers' morning digest. */
	OFFICER_DIGEST,

	/** The coordinators' weekly digest. */
	COORDINATOR_DIGEST,

	/** The reminders of the household's patrol turn. */
	PATROL_REMINDERS

}
