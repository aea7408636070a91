package org.danvan.announcement;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How announcements are sent.
 *
 * @param quietHours when normal announcements wait, in each area's time zone, as
 * {@code HH:mm-HH:mm} (e.g. {@code 21:00-06:00}); empty: never
 * @param quietHoursByArea other quiet hours for some areas (and the areas beneath them),
 * by area id; an empty value switches them off there
 * @param lateLimit how late a one-off announcement may still go when the bot was down at
 * its time; later than that it is marked missed
 * @param channels Telegram channels that also get the announcements of an area (and of
 * the areas beneath it) in one language
 * @param maxRuns how many runs of a recurring announcement keep their delivery counts
 * @param remindBefore how long before an announced event those who asked are reminded
 */
@ConfigurationProperties("danvan.announcements")
public record AnnouncementSettings(@DefaultValue("21:00-06:00") String quietHours, Map<String, String> quietHoursByArea,
		@DefaultValue("12h") Duration lateLimit, List<Channel> channels, @DefaultValue("20") int maxRuns,
		@DefaultValue("2h") Duration remindBefore) {

	public AnnouncementSettings {
		quietHoursByArea = (quietHoursByArea != null) ? Map.copyOf(quietHoursByArea) : Map.of();
		channels = (channels != null) ? List.copyOf(channels) : List.of();
		quiet(quietHours);
		quietHoursByArea.values().forEach(AnnouncementSettings::quiet);
	}

	/**
	 * A channel that gets an area's announcements in one language.
	 *
	 * @param area the area id
	 * @param language the version it gets
	 * @param chatId the channel's chat id (the bot must be one of its admins)
	 */
	public record Channel(String area, String language, long chatId) {

	}

	/**
	 * The quiet hours of the deepest area of the path that has its own, else the default.
	 */
	Optional<QuietHours> quietHoursFor(List<String> path) {
		for (int i = path.size() - 1; i >= 0; i--) {
			String own = this.quietHoursByArea.get(path.get(i));
			if (own != null) {
				return quiet(own);
			}
		}
		return quiet(this.quietHours);
	}

	private static Optional<QuietHours> quiet(String range) {
		if (range == null || range.isBlank()) {
			return Optional.empty();
		}
		String[] ends = range.trim().split("\\s*-\\s*");
		if (ends.length != 2) {
			throw new IllegalArgumentException("Quiet hours are HH:mm-HH:mm, not " + range);
		}
		return Optional.of(new QuietHours(LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
	}

}
