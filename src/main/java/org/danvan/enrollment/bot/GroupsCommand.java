package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /groups} (and {@code /group new}): coordinators find a village of their area,
 * see its groups, create one, and give groups their markers, roads and leader.
 */
@Component
class GroupsCommand implements CommandHandler {

	private final EnrollmentAccess access;

	private final GroupViews views;

	GroupsCommand(EnrollmentAccess access, GroupViews views) {
		this.access = access;
		this.views = views;
	}

	@Override
	public String command() {
		return "groups";
	}

	@Override
	public Role role() {
		return Role.COORDINATOR;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		Optional<List<Reply>> refused = EnrollmentAccess.privateOnly(inbound);
		if (refused.isPresent()) {
			return refused.get();
		}
		List<Area> roots = this.access.roots(sender, true);
		if (roots.size() == 1) {
			return List.of(this.views.area(roots.get(0), sender, Reply.Kind.MESSAGE, false));
		}
		List<Button> buttons = roots.stream()
			.map((area) -> Button.of(Text.literal(area.name(sender.language())),
					CallbackData.of(GroupViews.PREFIX, "area", area.id())))
			.toList();
		return List.of(Reply.message(Text.of("enrollment.choose-area"), Keyboard.grid(buttons, 2)));
	}

}
