package org.danvan.incident;

import java.time.Instant;
import java.util.Map;

import org.danvan.shared.Housekeeping;

import org.springframework.stereotype.Component;

/**
 * Deletes expired relay records, and their tokens from the reporter's sealed list: once
 * both are gone, nothing links an anonymous report to its reporter's chat any more, even
 * with the key.
 */
@Component
class RelayHousekeeping implements Housekeeping {

	private final Relays relays;

	RelayHousekeeping(Relays relays) {
		this.relays = relays;
	}

	@Override
	public Map<String, Long> purge(Instant now) {
		return Map.of("expired relays", this.relays.purge(now));
	}

}
