package org.danvan.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmarks share: running one so that a failure ends the JVM (the bot's
 * threads would keep it alive), and percentiles of timings.
 */
final class Benchmarks {

	private Benchmarks() {
	}

	/** Work that may fail with anything. */
	interface Run {

		void run() throws Exception;

	}

	static void main(Run benchmark) {
		try {
			benchmark.run();
		}
		catch (Throwable failure) {
			failure.printStackTrace();
			System.exit(1);
		}
	}

	/** The value at or below which {@code percentile} percent of the timings lie. */
	static long percentile(List<Long> values, int percentile) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted
			.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)));
	}

}
