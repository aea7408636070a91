package org.danvan.telegram.internal;

import java.io.Serializable;

/**
 * How one send ended.
 */
sealed interface SendOutcome {

	/** Telegram took it; {@code result} is what it answered (the message, or true). */
	record Sent(Serializable result) implements SendOutcome {

	}

	/** The person blocked the bot, deleted their account, or the chat does not exist. */
	record Unreachable(String reason) implements SendOutcome {

	}

	/** Taken back before it was sent (bulk traffic on shutdown); it can be sent later. */
	record Cancelled() implements SendOutcome {

	}

	/** Refused (a bad request) or still failing after every retry. */
	record Failed(String reason) implements SendOutcome {

	}

}
