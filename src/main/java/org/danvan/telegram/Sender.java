package org.danvan.telegram;

import java.util.Set;

import org.danvan.shared.Role;

/**
 * The member behind an update, as the bot knows them: their language and roles.
 *
 * @param userId Telegram user id
 * @param language BCP-47 tag of the language the bot speaks to them
 * @param roles what they may do
 */
public record Sender(long userId, String language, Set<Role> roles) {

	public Sender {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return role == Role.VILLAGER || this.roles.contains(role);
	}

}
