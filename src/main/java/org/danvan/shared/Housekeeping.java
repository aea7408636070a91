package org.danvan.shared;

import java.time.Instant;
import java.util.Map;

/**
 * A feature's records that are past keeping (handled updates, old deliveries, expired
 * links). The database keeps no TTL indexes we may rely on, so a daily job asks every
 * feature to delete its own.
 */
public interface Housekeeping {

	/** Deletes what is past keeping at {@code now}; how many documents went, by kind. */
	Map<String, Long> purge(Instant now);

}
