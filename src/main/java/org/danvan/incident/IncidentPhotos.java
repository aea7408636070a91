package org.danvan.incident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.telegram.TelegramFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a copy of each report's photos in {@code danvan.incidents.photo-folder} when it
 * is set, as {@code <code>/<n>.jpg}: Telegram keeps the files, but an office may want
 * them on its own disk. The download runs as a timed task, apart from the reporter's
 * conversation, and is tried again later (up to five times) when Telegram cannot be
 * reached.
 */
@Component
class IncidentPhotos implements TimedTask {

	static final String TASK = "incident.photos";

	static final int ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(IncidentPhotos.class);

	private final IncidentManagement incidents;

	private final TelegramFiles files;

	private final Schedules schedules;

	private final IncidentSettings settings;

	private final Clock clock;

	IncidentPhotos(IncidentManagement incidents, TelegramFiles files, Schedules schedules, IncidentSettings settings,
			Clock clock) {
		this.incidents = incidents;
		this.files = files;
		this.schedules = schedules;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return TASK;
	}

	@EventListener
	void on(IncidentReported event) {
		if (this.settings.photoFolder() != null && this.incidents.find(event.code())
			.filter((incident) -> !incident.photoFileIds().isEmpty())
			.isPresent()) {
			this.schedules.once("photos-" + event.code() + "-1", this.clock.instant(), TASK,
					Map.of("code", event.code(), "attempt", "1"));
		}
	}

	@Override
	public void run(Map<String, String> data) {
		Incident incident = this.incidents.find(data.get("code")).orElse(null);
		if (incident == null || this.settings.photoFolder() == null) {
			return;
		}
		int attempt = Integer.parseInt(data.get("attempt"));
		Path folder = this.settings.photoFolder().resolve(incident.code());
		try {
			for (int i = 0; i < incident.photoFileIds().size(); i++) {
				Path target = folder.resolve((i + 1) + ".jpg");
				if (!Files.exists(target)) {
					this.files.download(incident.photoFileIds().get(i), target);
				}
			}
		}
		catch (IOException ex) {
			if (attempt >= ATTEMPTS) {
				log.error("Gave up keeping the photos of {} after {} attempts: {}", incident.code(), attempt,
						ex.getMessage());
				return;
			}
			Duration wait = Duration.ofMinutes(1).multipliedBy((long) Math.pow(4, attempt - 1));
			log.warn("Could not keep the photos of {} (attempt {}), trying again in {}: {}", incident.code(), attempt,
					wait, ex.getMessage());
			this.schedules.once("photos-" + incident.code() + "-" + (attempt + 1), this.clock.instant().plus(wait),
					TASK, Map.of("code", incident.code(), "attempt", String.valueOf(attempt + 1)));
		}
	}

}
