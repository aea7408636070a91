package org.danvan.access.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.access.MemberManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The revoke buttons of {@code /roles}. Only an admin of the grant's area may press them,
 * whatever the button says.
 */
@Component
class RoleCallbacks implements CallbackHandler {

	private final MemberManagement members;

	RoleCallbacks(MemberManagement members) {
		this.members = members;
	}

	@Override
	public String prefix() {
		return GrantCode.PREFIX;
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<GrantCode> code = "revoke".equals(data.action()) ? GrantCode.parse(data.arg()) : Optional.empty();
		if (code.isEmpty()) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		GrantCode target = code.get();
		boolean allowed = target.grant().everywhere() ? sender.isAdmin() && sender.areas(Role.ADMIN).isEmpty()
				: this.members.may(sender, Role.ADMIN, target.grant().areaId());
		if (!allowed) {
			return List.of(Reply.toast(Text.of("bot.not-allowed", "role", RoleNames.shown(Role.ADMIN))));
		}
		boolean revoked = this.members.revoke(sender.userId(), target.memberId(), target.grant());
		return List.of(Reply.toast(Text.of(revoked ? "roles.revoked" : "roles.already-revoked")));
	}

}
