package org.danvan.access.bot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.danvan.access.Member;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /roles [area]}: who holds which role in an area. Admins get a button to revoke
 * each role; coordinators see only the areas they coordinate.
 */
@Component
class RolesCommand implements CommandHandler {

	private static final int MAX_LINES = 40;

	private final MemberManagement members;

	private final AreaManagement areas;

	RolesCommand(MemberManagement members, AreaManagement areas) {
		this.members = members;
		this.areas = areas;
	}

	@Override
	public String command() {
		return "roles";
	}

	@Override
	public Role role() {
		return Role.OFFICER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		String wanted = command.args().trim();
		List<String> scope = wanted.isEmpty() ? defaultScope(sender) : List.of(wanted);
		for (String areaId : scope) {
			if (this.areas.area(areaId).isEmpty()) {
				return List.of(Reply.message(Text.of("invite.unknown-area", "area", areaId)));
			}
			if (!this.members.may(sender, Role.OFFICER, areaId)
					&& !this.members.may(sender, Role.COORDINATOR, areaId)) {
				return List.of(Reply.message(Text.of("roles.not-allowed", "area", name(areaId, sender))));
			}
		}
		List<Text> lines = new ArrayList<>();
		List<Button> revokes = new ArrayList<>();
		for (Member member : holders(scope)) {
			for (Grant grant : member.grants()) {
				if (inScope(grant, scope) && lines.size() < MAX_LINES) {
					lines.add(Text.of("roles.line", "name", member.displayName(), "id", String.valueOf(member.id()),
							"role", RoleNames.shown(grant.role()), "area", areaName(grant, sender)));
					revokes.add(Button.of(
							Text.of("roles.revoke", "name", member.firstName(), "role", RoleNames.shown(grant.role())),
							new GrantCode(member.id(), grant).revokeButton()));
				}
			}
		}
		if (lines.isEmpty()) {
			return List.of(Reply.message(Text.of("roles.none")));
		}
		Keyboard keyboard = sender.isAdmin() ? Keyboard.grid(revokes, 1) : Keyboard.NONE;
		return List.of(Reply.message(Text.of("roles.list", "lines", lines), keyboard));
	}

	private List<String> defaultScope(Sender sender) {
		if (sender.isAdmin() && sender.areas(Role.ADMIN).isEmpty()) {
			return this.areas.provinces().stream().map(Area::id).toList();
		}
		Set<String> scope = new LinkedHashSet<>(sender.areas(Role.ADMIN));
		scope.addAll(sender.areas(Role.COORDINATOR));
		scope.addAll(sender.areas(Role.OFFICER));
		return List.copyOf(scope);
	}

	private List<Member> holders(List<String> scope) {
		return scope.stream().flatMap((areaId) -> this.members.holdersWithin(areaId).stream()).distinct().toList();
	}

	private boolean inScope(Grant grant, List<String> scope) {
		return !grant.everywhere() && scope.stream().anyMatch((areaId) -> this.areas.isWithin(grant.areaId(), areaId));
	}

	private String areaName(Grant grant, Sender sender) {
		return grant.everywhere() ? "*" : name(grant.areaId(), sender);
	}

	private String name(String areaId, Sender sender) {
		return this.areas.area(areaId).map((area) -> area.name(sender.language())).orElse(areaId);
	}

}
