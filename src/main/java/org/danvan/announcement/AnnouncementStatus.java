package org.danvan.announcement;

/** Where an announcement stands. */
public enum AnnouncementStatus {

	/** Waiting for its time (or for the end of quiet hours). */
	SCHEDULED,

	/** A rule that keeps running. */
	RECURRING,

	/** A rule an officer paused. */
	PAUSED,

	/** Handed to the delivery gateway; its deliveries are counted there. */
	SENT,

	/** A rule past its last day. */
	ENDED,

	/** Cancelled before it went. */
	CANCELLED,

	/** Its time passed while the bot was down, longer ago than the late limit. */
	MISSED

}
