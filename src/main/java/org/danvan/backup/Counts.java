package org.danvan.backup;

import java.util.Map;
import java.util.TreeMap;

/**
 * Documents per collection, in the source and in the target of a copy.
 *
 * @param source by collection, as read
 * @param target by collection, as counted in the target afterwards
 */
record Counts(Map<String, Long> source, Map<String, Long> target) {

	Counts {
		source = new TreeMap<>(source);
		target = new TreeMap<>(target);
	}

	boolean match() {
		return this.source.equals(this.target);
	}

	long documents() {
		return this.source.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The last line of a command: the check, source against target. */
	String check() {
		if (match()) {
			return "Check: " + this.source.size() + " collections, " + documents()
					+ " documents, the same in source and target.";
		}
		return "Check FAILED: source " + this.source + ", target " + this.target;
	}

}
