package org.danvan.telegram.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * Waits between attempts: exactly as long as Telegram's {@code retry_after} says, or an
 * exponential backoff with jitter after a failure.
 */
@Component
class Pause {

	void retryAfter(int seconds) {
		sleep(seconds * 1000L);
	}

	void backoff(int attempt) {
		long base = Math.min(30_000L, 250L << Math.min(attempt, 7));
		sleep(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to retry", ex);
		}
	}

}
