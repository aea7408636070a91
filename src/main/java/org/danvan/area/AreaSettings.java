package org.danvan.area;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the area tree comes from.
 *
 * @param file the YAML file describing provinces, districts, communes, villages, posts,
 * markers and roads
 * @param defaultTimeZone the time zone of a province that names none
 */
@ConfigurationProperties("danvan.areas")
public record AreaSettings(@DefaultValue("config/areas.yml") Path file,
		@DefaultValue("Asia/Ho_Chi_Minh") String defaultTimeZone) {

}
