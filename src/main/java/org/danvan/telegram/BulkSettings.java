package org.danvan.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bulk sends are shared out.
 *
 * @param workers slices of recipients one instance works on at once
 * @param chunkSize recipients in a slice
 * @param lease how long a slice stays with an instance that stops renewing it (a crashed
 * one)
 * @param idlePoll how often an idle instance looks for work left by others
 */
@ConfigurationProperties("danvan.telegram.bulk")
public record BulkSettings(@DefaultValue("4") int workers, @DefaultValue("100") int chunkSize,
		@DefaultValue("30s") Duration lease, @DefaultValue("1s") Duration idlePoll) {

}
