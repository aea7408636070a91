package org.danvan.enrollment.bot;

import java.util.List;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /group new}: the same as {@code /groups}, where "New group" sits in each
 * village.
 */
@Component
class GroupCommand implements CommandHandler {

	private final GroupsCommand groups;

	GroupCommand(GroupsCommand groups) {
		this.groups = groups;
	}

	@Override
	public String command() {
		return "group";
	}

	@Override
	public Role role() {
		return Role.COORDINATOR;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		if (!"new".equals(command.args().strip())) {
			return List.of(Reply.message(Text.of("group.usage")));
		}
		return this.groups.handle(inbound, command, sender);
	}

}
