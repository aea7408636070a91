package org.danvan.scheduling;

import java.time.LocalTime;

/**
 * A time of day as settings give it, {@code HH:mm} or {@code HH:mm:ss}; empty means
 * "never". Settings keep it as text: Spring binds an empty value of a time to its
 * default, so an empty time could not switch anything off.
 */
public final class TimeOfDay {

	private TimeOfDay() {
	}

	/** The time, or {@code null} when the setting is empty. */
	public static LocalTime parse(String value) {
		return (value == null || value.isBlank()) ? null : LocalTime.parse(value.trim());
	}

}
