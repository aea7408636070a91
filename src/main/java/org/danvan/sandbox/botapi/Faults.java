package org.danvan.sandbox.botapi;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Failures the stand-in mixes into its answers, as Telegram fails during an outage: a
 * seeded draw per call of a configured method. Counts what it injected, so a test can
 * compare what the bot did with what it met.
 */
public final class Faults {

	/** One kind of failure. */
	public enum Fault {

		/** Telegram's own JSON {@code 500 Internal Server Error}; nothing done. */
		JSON_500,

		/** The front end's HTML {@code 502 Bad Gateway} page; nothing done. */
		HTML_502,

		/** The connection closes before the request is handled; nothing done. */
		DROP_BEFORE,

		/** The request is handled (the message sent), then the connection closes. */
		DROP_AFTER,

		/** The request is handled, but only after a delay. */
		SLOW

	}

	/**
	 * The chances of each failure for one method; what is left is a normal answer.
	 *
	 * @param json500 chance of a JSON 500
	 * @param html502 chance of an HTML 502
	 * @param dropBefore chance of a connection dropped before the request is handled
	 * @param dropAfter chance of a connection dropped after it was handled
	 * @param slow chance of a slow answer
	 * @param slowBy how slow
	 */
	public record Mix(double json500, double html502, double dropBefore, double dropAfter, double slow,
			Duration slowBy) {

		public Mix {
			if (json500 + html502 + dropBefore + dropAfter + slow > 1) {
				throw new IllegalArgumentException("The chances add up to more than 1");
			}
		}

	}

	private final Random random;

	private final Map<String, Mix> mixes = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

	public Faults(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Telegram in an outage, as issue #20 met it: sendMessage 20 % JSON 500, 10 % HTML
	 * 502, 5 % dropped after it was sent, 10 % slow by 3 s; getUpdates 10 % dropped after
	 * answering, 10 % HTML 502; answerCallbackQuery 20 % JSON 500.
	 */
	public static Faults outage(long seed) {
		return new Faults(seed).on("sendMessage", new Mix(0.20, 0.10, 0, 0.05, 0.10, Duration.ofSeconds(3)))
			.on("getUpdates", new Mix(0, 0.10, 0, 0.10, 0, Duration.ZERO))
			.on("answerCallbackQuery", new Mix(0.20, 0, 0, 0, 0, Duration.ZERO));
	}

	/** Fails calls of {@code method} with this mix. */
	public Faults on(String method, Mix mix) {
		this.mixes.put(method.toLowerCase(Locale.ROOT), mix);
		return this;
	}

	/** How many calls of {@code method} met {@code fault}. */
	public long injected(String method, Fault fault) {
		AtomicLong count = this.counts.get(key(method.toLowerCase(Locale.ROOT), fault));
		return (count != null) ? count.get() : 0;
	}

	Duration slowBy(String method) {
		Mix mix = this.mixes.get(method);
		return (mix != null) ? mix.slowBy() : Duration.ofSeconds(3);
	}

	/** The failure this call meets, if any; {@code method} in lower case. */
	Fault draw(String method) {
		Mix mix = this.mixes.get(method);
		if (mix == null) {
			return null;
		}
		double draw;
		synchronized (this.random) {
			draw = this.random.nextDouble();
		}
		Fault fault = pick(mix, draw);
		if (fault != null) {
			this.counts.computeIfAbsent(key(method, fault), (key) -> new AtomicLong()).incrementAndGet();
		}
		return fault;
	}

	private static Fault pick(Mix mix, double draw) {
		double[] chances = { mix.json500(), mix.html502(), mix.dropBefore(), mix.dropAfter(), mix.slow() };
		double upTo = 0;
		for (int i = 0; i < chances.length; i++) {
			upTo += chances[i];
			if (draw < upTo) {
				return Fault.values()[i];
			}
		}
		return null;
	}

	private static String key(String method, Fault fault) {
		return method + ":" + fault;
	}

}
