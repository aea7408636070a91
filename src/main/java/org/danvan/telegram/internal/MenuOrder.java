package org.danvan.telegram.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Sender;

/**
 * The order of {@code /help} and the command menu: the daily work of the roles a person
 * was granted, then a villager's (reporting first), then what the roles do now and then,
 * and last what people rarely need. A command not named here goes before the rare ones.
 */
final class MenuOrder {

	private static final Map<Role, List<String>> DAILY_WORK = Map.of(Role.OFFICER, List.of("incidents", "announce"),
			Role.COORDINATOR, List.of("enrollment", "groups"), Role.ADMIN, List.of("invite", "roles"));

	private static final List<String> ORDER = List.of(
			// a villager's daily use
			"report", "mine", "enroll", "household",
			// now and then, or daily for a role the person does not hold
			"incidents", "announce", "enrollment", "groups", "invite", "roles", "announcements", "group", "export",
			"areas", "audit", "jobs", "backup",
			// rarely
			"village", "settings", "mute", "unmute", "language", "help", "start", "cancel");

	private static final int UNNAMED = ORDER.indexOf("village") - 1;

	private MenuOrder() {
	}

	static Comparator<CommandHandler> forPerson(Sender sender) {
		List<String> first = new ArrayList<>();
		for (Role role : List.of(Role.OFFICER, Role.COORDINATOR, Role.ADMIN)) {
			if (sender.grants().stream().map(Grant::role).anyMatch(role::equals)) {
				first.addAll(DAILY_WORK.get(role));
			}
		}
		return Comparator.comparingDouble((handler) -> rank(first, handler.command()));
	}

	private static double rank(List<String> first, String command) {
		if (first.contains(command)) {
			return first.indexOf(command) - first.size();
		}
		int rank = ORDER.indexOf(command);
		return (rank >= 0) ? rank : UNNAMED + 0.5;
	}

}
