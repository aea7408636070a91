package org.danvan.telegram.internal;

/**
 * Tokens refilled at a steady rate up to a capacity; not thread-safe (the scheduler holds
 * its lock).
 */
final class TokenBucket {

	private final double perNano;

	private final double capacity;

	private double tokens;

	private long updatedAt;

	TokenBucket(double perSecond, double capacity, long now) {
		this.perNano = perSecond / 1e9;
		this.capacity = capacity;
		this.tokens = capacity;
		this.updatedAt = now;
	}

	/** Nanoseconds until a token is available (0 if one is). */
	long waitNanos(long now) {
		refill(now);
		return (this.tokens >= 1) ? 0 : (long) Math.ceil((1 - this.tokens) / this.perNano);
	}

	void take(long now) {
		refill(now);
		this.tokens -= 1;
	}

	/** A token taken for a call that sent nothing. */
	void giveBack(long now) {
		refill(now);
		this.tokens = Math.min(this.capacity, this.tokens + 1);
	}

	boolean isFull(long now) {
		refill(now);
		return this.tokens >= this.capacity;
	}

	private void refill(long now) {
		this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.perNano);
		this.updatedAt = now;
	}

}
