package org.danvan.announcement.bot;

import java.util.List;

import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/** {@code /unmute}: normal announcements come again. */
@Component
class UnmuteCommand implements CommandHandler {

	private final Preferences preferences;

	UnmuteCommand(Preferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public String command() {
		return "unmute";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		boolean changed = this.preferences.set(sender.userId(), Notice.ANNOUNCEMENTS, true);
		return List.of(Reply.message(Text.of(changed ? "unmute.done" : "unmute.already")));
	}

}
