package org.danvan.telegram;

/**
 * Which traffic a message is: answers to someone who just wrote always go before bulk
 * traffic.
 */
public enum Lane {

	/** Replies, button answers, alerts a person is waiting for. */
	INTERACTIVE,

	/** Broadcasts, digests, reminders. */
	BULK

}
