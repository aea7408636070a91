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

/** {@code /mute}: no more normal announcements; urgent ones still come. */
@Component
class MuteCommand implements CommandHandler {

	private final Preferences preferences;

	MuteCommand(Preferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public String command() {
		return "mute";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		boolean changed = this.preferences.set(sender.userId(), Notice.ANNOUNCEMENTS, false);
		return List.of(Reply.message(Text.of(changed ? "mute.done" : "mute.already")));
	}

}
