package org.danvan.telegram.internal;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bucket with a reserve: bulk sends keep one token back for replies and still use the
 * whole rate, so that a reply during a bulk send never waits for the next token.
 */
class TokenBucketTest {

	static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

	@Test
	void bulkLeavesTheReserveAndAReplyTakesItAtOnce() {
		TokenBucket bucket = new TokenBucket(20, 2, 0);
		bucket.take(0);

		assertThat(bucket.waitNanos(0, 1)).as("bulk waits for the reserve to refill").isEqualTo(50 * MILLI);
		assertThat(bucket.waitNanos(0, 0)).as("a reply goes now").isZero();
	}

	@Test
	void bulkAloneStillSendsAtTheFullRate() {
		TokenBucket bucket = new TokenBucket(20, 2, 0);
		long now = 0;
		int sent = 0;
		while (now < 10_000 * MILLI) {
			long wait = bucket.waitNanos(now, 1);
			now += wait;
			bucket.take(now);
			sent++;
		}
		assertThat(sent).isBetween(199, 201);
	}

	@Test
	void aReserveBeyondTheCapacityLeavesOneTokenToTake() {
		TokenBucket bucket = new TokenBucket(1, 1, 0);

		assertThat(bucket.waitNanos(0, 1)).isZero();
	}

}
