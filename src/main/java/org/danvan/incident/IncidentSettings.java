package org.danvan.incident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How incidents are reported and followed.
 *
 * @param relayRetention how long an anonymous reporter can still be reached through the
 * bot
 * @param maxDescription the longest description accepted, in characters
 * @param maxPhotos photos per report
 * @param escalateAfter how long an urgent report may stay unacknowledged before it is
 * alerted again, and after as long again, to the officers of the area above
 */
@ConfigurationProperties("danvan.incidents")
public record IncidentSettings(@DefaultValue("30d") Duration relayRetention, @DefaultValue("2000") int maxDescription,
		@DefaultValue("5") int maxPhotos, @DefaultValue("15m") java.time.Duration escalateAfter,
		@DefaultValue("3d") java.time.Duration followUpAfter,
		@DefaultValue("7d") java.time.Duration sameProblemWindow) {

}
