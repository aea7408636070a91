package org.danvan.areaadmin;

import java.util.List;

import org.danvan.area.Area;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/** {@code /areas}: an admin's way into the tree, at the areas they may change. */
@Component
class AreasCommand implements CommandHandler {

	private final AreaAccess access;

	private final AreaViews views;

	AreasCommand(AreaAccess access, AreaViews views) {
		this.access = access;
		this.views = views;
	}

	@Override
	public String command() {
		return "areas";
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		if (!inbound.privateChat()) {
			return List.of(Reply.message(Text.of("areas.private-only")));
		}
		List<Area> roots = this.access.roots(sender);
		if (roots.isEmpty()) {
			return List.of(Reply.message(Text.of("areas.not-yours")));
		}
		if (roots.size() == 1) {
			return List.of(this.views.card(roots.get(0), sender, Reply.Kind.MESSAGE));
		}
		return List.of(this.views.roots(roots, sender));
	}

}
