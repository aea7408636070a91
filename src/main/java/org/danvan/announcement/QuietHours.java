package org.danvan.announcement;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours of an area's night when normal announcements wait, e.g. 21:00 to 06:00; they
 * may wrap around midnight.
 *
 * @param from when they start, local time
 * @param until when they end, local time
 */
public record QuietHours(LocalTime from, LocalTime until) {

	/** When a normal announcement due at {@code at} may go: empty when at once. */
	public Optional<Instant> deferredUntil(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		LocalTime time = local.toLocalTime();
		boolean wraps = this.from.isAfter(this.until);
		boolean quiet = wraps ? (!time.isBefore(this.from) || time.isBefore(this.until))
				: (!time.isBefore(this.from) && time.isBefore(this.until));
		if (!quiet) {
			return Optional.empty();
		}
		ZonedDateTime end = local.with(this.until).withSecond(0).withNano(0);
		if (!end.isAfter(local)) {
			end = end.plusDays(1);
		}
		return Optional.of(end.toInstant());
	}

}
