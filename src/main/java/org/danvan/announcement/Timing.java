package org.danvan.announcement;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When an announcement goes: now, once at a time, or by a rule (every day, on given
 * weekdays, monthly on a day) at a local time until a date.
 *
 * @param kind which of these
 * @param at the time of a one-off ({@link Kind#AT}), else {@code null}
 * @param time the local time of a rule, {@code HH:mm}
 * @param days the weekdays of a weekly rule, 1 (Monday) to 7
 * @param monthDay the day of a monthly rule, 1 to 28
 * @param until the last day a rule runs, {@code yyyy-MM-dd}, or {@code null} for no end
 * @param zone the time zone its times are read in
 */
public record Timing(Kind kind, Instant at, String time, List<Integer> days, Integer monthDay, String until,
		String zone) {

	public Timing {
		days = (days != null) ? List.copyOf(days) : List.of();
	}

	/** The kinds of timing. */
	public enum Kind {

		NOW, AT, DAILY, WEEKLY, MONTHLY

	}

	public static Timing now(ZoneId zone) {
		return new Timing(Kind.NOW, null, null, List.of(), null, null, zone.getId());
	}

	public static Timing at(Instant at, ZoneId zone) {
		return new Timing(Kind.AT, at, null, List.of(), null, null, zone.getId());
	}

	public boolean recurring() {
		return this.kind == Kind.DAILY || this.kind == Kind.WEEKLY || this.kind == Kind.MONTHLY;
	}

	public LocalTime localTime() {
		return LocalTime.parse(this.time);
	}

	public LocalDate untilDate() {
		return (this.until != null) ? LocalDate.parse(this.until) : null;
	}

	public ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

	/** The day fields of the Quartz cron rule. */
	String cronDays() {
		return switch (this.kind) {
			case DAILY -> "* * ?";
			case WEEKLY -> "? * " + this.days.stream()
				.sorted()
				.map((day) -> DayOfWeek.of(day).name().substring(0, 3))
				.collect(Collectors.joining(","));
			case MONTHLY -> this.monthDay + " * ?";
			default -> throw new IllegalStateException("Not a rule: " + this.kind);
		};
	}

}
