package org.danvan.access;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what from the start, and how invites work.
 *
 * @param adminIds Telegram user ids of the first admins (DANVAN_ADMIN_IDS)
 * @param inviteValidity how long an invite link can be used
 */
@ConfigurationProperties("danvan.access")
public record AccessSettings(@DefaultValue List<Long> adminIds, @DefaultValue("72h") Duration inviteValidity) {

	Set<Long> admins() {
		return Set.copyOf(this.adminIds);
	}

}
