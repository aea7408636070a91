package org.danvan.telegram;

import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.shared.Grant;
import org.danvan.shared.Role;

/**
 * The member behind an update, as the bot knows them: their language, roles and home
 * village.
 *
 * @param userId Telegram user id
 * @param language BCP-47 tag of the language the bot speaks to them
 * @param grants the roles they hold, each in an area
 * @param villageId their home village, or {@code null} if they have not picked one
 */
public record Sender(long userId, String language, Set<Grant> grants, String villageId) {

	public Sender {
		grants = Set.copyOf(grants);
	}

	/**
	 * Whether they hold the role somewhere. Everyone is a villager; an admin may do
	 * everything.
	 */
	public boolean has(Role role) {
		return role == Role.VILLAGER
				|| this.grants.stream().anyMatch((g) -> g.role() == role || g.role() == Role.ADMIN);
	}

	/** Whether they are an admin without an area: everywhere. */
	public boolean isAdminEverywhere() {
		return this.grants.stream().anyMatch((grant) -> grant.role() == Role.ADMIN && grant.everywhere());
	}

	public boolean isAdmin() {
		return this.grants.stream().anyMatch((grant) -> grant.role() == Role.ADMIN);
	}

	/**
	 * The areas in which they hold the role; empty for a global admin, who holds it
	 * everywhere.
	 */
	public Set<String> areas(Role role) {
		return this.grants.stream()
			.filter((grant) -> grant.role() == role && !grant.everywhere())
			.map(Grant::areaId)
			.collect(Collectors.toSet());
	}

}
