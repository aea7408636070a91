package org.danvan.enrollment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A group's patrol rota: on which weekdays one of its households walks the group's
 * markers and roads, taking turns in a fixed order (by their person's Telegram id).
 *
 * @param id the group's id
 * @param provinceId the group's province, whose time zone and reminders it follows
 * @param days the patrol weekdays
 * @param startsOn the first day the turns count from
 * @param lastClearAt the last "all clear"
 */
@Document("patrol_rotas")
public record PatrolRota(@Id String id, String provinceId, List<DayOfWeek> days, LocalDate startsOn,
		java.time.Instant lastClearAt) {

	public PatrolRota {
		days = (days != null) ? List.copyOf(days) : List.of();
	}

	public boolean patrolsOn(LocalDate date) {
		return this.days.contains(date.getDayOfWeek());
	}

	/** How many patrol days lie between the start and {@code date}, that one excluded. */
	long turnsBefore(LocalDate date) {
		if (this.days.isEmpty() || !date.isAfter(this.startsOn)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(this.startsOn, date);
		long weeks = days / 7;
		long turns = weeks * this.days.size();
		for (LocalDate d = this.startsOn.plusWeeks(weeks); d.isBefore(date); d = d.plusDays(1)) {
			if (patrolsOn(d)) {
				turns++;
			}
		}
		return turns;
	}

}
