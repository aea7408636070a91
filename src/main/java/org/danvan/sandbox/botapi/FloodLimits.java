package org.danvan.sandbox.botapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's flood limits as the stand-in applies them: token buckets for the whole bot,
 * for each private chat and for each group, scaled by {@code scale} to keep benchmarks
 * short.
 *
 * @param globalPerSecond messages a second over all chats
 * @param chatPerSecond messages a second in one private chat
 * @param chatBurst how many messages a private chat takes at once
 * @param groupPerMinute messages a minute in one group
 * @param paidPerSecond messages a second over all chats sent with
 * {@code allow_paid_broadcast}, which do not count against {@code globalPerSecond}
 */
public record FloodLimits(double globalPerSecond, double chatPerSecond, int chatBurst, double groupPerMinute,
		double paidPerSecond) {

	/** Telegram's Stars for one message sent as paid broadcast. */
	public static final double STARS_PER_PAID_MESSAGE = 0.1;

	public static FloodLimits telegram() {
		return new FloodLimits(30, 1, 3, 20, 1000);
	}

	public FloodLimits scaled(double scale) {
		return new FloodLimits(this.globalPerSecond * scale, this.chatPerSecond * scale, this.chatBurst,
				this.groupPerMinute * scale, this.paidPerSecond * scale);
	}

	/** The buckets of one stand-in server. */
	static final class Buckets {

		private final FloodLimits limits;

		private final Bucket global;

		private final Bucket paid;

		private final Map<Long, Bucket> chats = new ConcurrentHashMap<>();

		Buckets(FloodLimits limits) {
			this.limits = limits;
			this.global = new Bucket(limits.globalPerSecond, Math.max(1, limits.globalPerSecond));
			this.paid = new Bucket(limits.paidPerSecond, Math.max(1, limits.paidPerSecond));
		}

		/**
		 * Takes a token for a message to {@code chatId}, from the paid rate's bucket for
		 * a paid broadcast, or throws a 429 with the wait.
		 */
		synchronized void take(long chatId, boolean paidBroadcast) {
			Bucket overall = paidBroadcast ? this.paid : this.global;
			Bucket chat = this.chats.computeIfAbsent(chatId,
					(id) -> (id < 0)
							? new Bucket(this.limits.groupPerMinute / 60, Math.max(1, this.limits.groupPerMinute / 3))
							: new Bucket(this.limits.chatPerSecond, this.limits.chatBurst));
			long now = System.nanoTime();
			double chatWait = chat.waitSeconds(now);
			double globalWait = overall.waitSeconds(now);
			double wait = Math.max(chatWait, globalWait);
			if (wait > 0) {
				throw ApiError.tooMany((int) Math.ceil(wait));
			}
			chat.take();
			overall.take();
		}

	}

	private static final class Bucket {

		private final double perSecond;

		private final double capacity;

		private double tokens;

		private long refilledAt = System.nanoTime();

		Bucket(double perSecond, double capacity) {
			this.perSecond = perSecond;
			this.capacity = capacity;
			this.tokens = capacity;
		}

		double waitSeconds(long now) {
			this.tokens = Math.min(this.capacity, this.tokens + (now - this.refilledAt) / 1e9 * this.perSecond);
			this.refilledAt = now;
			return (this.tokens >= 1) ? 0 : (1 - this.tokens) / this.perSecond;
		}

		void take() {
			this.tokens -= 1;
		}

	}

}
