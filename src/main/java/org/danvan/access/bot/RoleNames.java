package org.danvan.access.bot;

import java.util.Locale;
import java.util.Optional;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;

/**
 * Role names as typed in commands ({@code officer}) and as shown to people (translated).
 */
final class RoleNames {

	private RoleNames() {
	}

	static Optional<Role> parse(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "officer" -> Optional.of(Role.OFFICER);
			case "coordinator" -> Optional.of(Role.COORDINATOR);
			case "admin" -> Optional.of(Role.ADMIN);
			default -> Optional.empty();
		};
	}

	static String keyword(Role role) {
		return role.name().toLowerCase(Locale.ROOT);
	}

	static Text shown(Role role) {
		return Text.of("role.name", "role", keyword(role));
	}

}
