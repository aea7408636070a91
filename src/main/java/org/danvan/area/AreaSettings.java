package org.danvan.area;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the area tree comes from.
 *
 * @param file the YAML file describing provinces, districts, communes, villages, posts,
 * markers and roads (DANVAN_AREAS_FILE); when empty, {@code ./config/areas.yml} if there
 * is one, else the sample tree shipped in the jar
 * @param defaultTimeZone the time zone of a province that names none
 */
@ConfigurationProperties("danvan.areas")
public record AreaSettings(String file, @DefaultValue("Asia/Ho_Chi_Minh") String defaultTimeZone) {

}
