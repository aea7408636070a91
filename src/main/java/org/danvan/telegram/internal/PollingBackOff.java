package org.danvan.telegram.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * How long long polling waits after a failed {@code getUpdates}: from half a second,
 * doubling, never more than five seconds, so that the bot hears people again within
 * seconds of Telegram coming back. (The library's default grows to a minute, and to
 * fifteen after a long outage.)
 */
final class PollingBackOff implements BackOff {

	private static final long FIRST = 500;

	private static final long MOST = 5_000;

	private long next = FIRST;

	@Override
	public void reset() {
		this.next = FIRST;
	}

	@Override
	public long nextBackOffMillis() {
		long wait = this.next;
		this.next = Math.min(MOST, this.next * 2);
		return wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1);
	}

}
