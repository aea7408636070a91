package org.danvan.scheduling;

/** What a recurring schedule does about the runs it missed while the bot was down. */
public enum Misfire {

	/** Runs once at start-up, however many runs were missed, then keeps to its rule. */
	RUN_ONCE,

	/** Drops the missed runs and waits for the next one by its rule. */
	SKIP

}
