package org.danvan.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the transport keeps its records.
 *
 * @param updates handled updates (kept so that one Telegram delivers again is not handled
 * twice)
 * @param deliveries the per-recipient records of bulk sends and their slices (the jobs'
 * counts stay)
 * @param conversations abandoned conversations, after they expired
 */
@ConfigurationProperties("danvan.telegram.retention")
public record RetentionSettings(@DefaultValue("7d") Duration updates, @DefaultValue("30d") Duration deliveries,
		@DefaultValue("1d") Duration conversations) {

}
