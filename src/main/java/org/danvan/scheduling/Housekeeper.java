package org.danvan.scheduling;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.danvan.shared.Housekeeping;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once a day asks every feature to delete what it no longer keeps, and logs how much
 * went. {@code /jobs} shows its last run.
 */
@Component
class Housekeeper implements TimedTask {

	static final String TASK = "housekeeping";

	private static final Logger log = LoggerFactory.getLogger(Housekeeper.class);

	private final List<Housekeeping> features;

	private final Schedules schedules;

	private final SchedulingSettings settings;

	private final Clock clock;

	Housekeeper(List<Housekeeping> features, Schedules schedules, SchedulingSettings settings, Clock clock) {
		this.features = features;
		this.schedules = schedules;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return TASK;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		this.schedules.daily(TASK, this.settings.housekeepingTime(), this.settings.zone(), TASK, Map.of(),
				Misfire.RUN_ONCE);
	}

	@Override
	public void run(Map<String, String> data) {
		Map<String, Long> purged = new TreeMap<>();
		for (Housekeeping feature : this.features) {
			purged.putAll(feature.purge(this.clock.instant()));
		}
		log.info("Housekeeping deleted {}", purged);
	}

}
