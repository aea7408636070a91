package org.danvan.access.bot;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.danvan.access.Invite;
import org.danvan.access.Invites;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.BotIdentity;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.StartPayload;

import org.springframework.stereotype.Component;

/**
 * {@code /invite <role> <area>}: a one-time link granting that role in that area. Admins
 * invite any role anywhere ({@code /invite admin} alone makes an admin everywhere);
 * coordinators invite officers and coordinators for the areas they coordinate.
 */
@Component
class InviteCommand implements CommandHandler {

	private final Invites invites;

	private final MemberManagement members;

	private final AreaManagement areas;

	private final BotIdentity bot;

	InviteCommand(Invites invites, MemberManagement members, AreaManagement areas, BotIdentity bot) {
		this.invites = invites;
		this.members = members;
		this.areas = areas;
		this.bot = bot;
	}

	@Override
	public String command() {
		return "invite";
	}

	@Override
	public Role role() {
		return Role.COORDINATOR;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		String[] words = command.args().isBlank() ? new String[0] : command.args().trim().split("\\s+");
		Optional<Role> role = (words.length > 0) ? RoleNames.parse(words[0]) : Optional.empty();
		if (role.isEmpty() || words.length > 2) {
			return List.of(Reply.message(Text.of("invite.usage")));
		}
		if (words.length == 1) {
			return (role.get() == Role.ADMIN && sender.isAdmin() && sender.areas(Role.ADMIN).isEmpty())
					? List.of(link(sender, new Grant(Role.ADMIN, null), null))
					: List.of(Reply.message(Text.of("invite.usage")));
		}
		Optional<Area> area = this.areas.area(words[1]).filter((a) -> !a.retired());
		if (area.isEmpty()) {
			return List.of(Reply.message(Text.of("invite.unknown-area", "area", words[1])));
		}
		if (!allowed(sender, role.get(), area.get().id())) {
			return List.of(Reply.message(Text.of("invite.not-allowed", "role", RoleNames.shown(role.get()), "area",
					area.get().name(sender.language()))));
		}
		return List.of(link(sender, new Grant(role.get(), area.get().id()), area.get()));
	}

	private boolean allowed(Sender sender, Role role, String areaId) {
		if (this.members.may(sender, Role.ADMIN, areaId)) {
			return true;
		}
		return role != Role.ADMIN && this.members.may(sender, Role.COORDINATOR, areaId);
	}

	private Reply link(Sender sender, Grant grant, Area area) {
		Invite invite = this.invites.create(sender.userId(), grant);
		String url = this.bot.startLink(new StartPayload(InviteLink.KIND, invite.code()));
		ZoneId zone = (area != null) ? this.areas.timeZone(area.id()) : ZoneId.of("Asia/Ho_Chi_Minh");
		return Reply.message(Text.of("invite.created", "role", RoleNames.shown(grant.role()), "area",
				(area != null) ? area.name(sender.language()) : "*", "link", url, "until",
				invite.expiresAt().atZone(zone).toLocalDateTime().toString().replace('T', ' ').substring(0, 16)));
	}

}
