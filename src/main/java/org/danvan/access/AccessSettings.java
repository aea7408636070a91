package org.danvan.access;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what from the start.
 *
 * @param adminIds Telegram user ids of the first admins (DANVAN_ADMIN_IDS)
 */
@ConfigurationProperties("danvan.access")
public record AccessSettings(@DefaultValue List<Long> adminIds) {

	Set<Long> admins() {
		return Set.copyOf(this.adminIds);
	}

}
