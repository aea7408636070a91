package org.danvan.scheduling;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Jobs of the scheduling module itself.
 *
 * @param housekeepingAt when old records are deleted every day; never when empty
 * @param zone the time zone of {@code housekeepingAt}
 */
@ConfigurationProperties("danvan.scheduling")
public record SchedulingSettings(@DefaultValue("03:30") String housekeepingAt,
		@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

	public SchedulingSettings {
		TimeOfDay.parse(housekeepingAt);
	}

	/** {@code null}: no housekeeping. */
	public LocalTime housekeepingTime() {
		return TimeOfDay.parse(this.housekeepingAt);
	}

}
