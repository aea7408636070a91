package org.danvan.access.bot;

import java.util.Optional;

import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;

/**
 * A member's grant as the argument of a revoke button:
 * {@code <memberId>.<o|c|a>.<areaId|*>}.
 *
 * @param memberId whose grant
 * @param grant which one
 */
record GrantCode(long memberId, Grant grant) {

	static final String PREFIX = "role";

	CallbackData revokeButton() {
		String area = this.grant.everywhere() ? "*" : this.grant.areaId();
		return CallbackData.of(PREFIX, "revoke",
				this.memberId + "." + RoleNames.keyword(this.grant.role()).charAt(0) + "." + area);
	}

	static Optional<GrantCode> parse(String arg) {
		String[] parts = arg.split("\\.", 3);
		if (parts.length != 3 || parts[1].length() != 1) {
			return Optional.empty();
		}
		try {
			long memberId = Long.parseLong(parts[0]);
			Role role = switch (parts[1]) {
				case "o" -> Role.OFFICER;
				case "c" -> Role.COORDINATOR;
				case "a" -> Role.ADMIN;
				default -> throw new IllegalArgumentException(parts[1]);
			};
			return Optional.of(new GrantCode(memberId, new Grant(role, "*".equals(parts[2]) ? null : parts[2])));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
