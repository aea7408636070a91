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
		return waitNanos(now, 0);
	}

	/**
	 * Nanoseconds until a token is available with {@code reserve} more left in the bucket
	 * (0 if they are); a reserve beyond the capacity counts as the capacity less one.
	 */
	long waitNanos(long now, int reserve) {
		refill(now);
		double needed = 1 + Math.max(0, Math.min(reserve, this.capacity - 1));
		return (this.tokens >= needed) ? 0 : (long) Math.ceil((needed - this.tokens) / this.perNano);
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
