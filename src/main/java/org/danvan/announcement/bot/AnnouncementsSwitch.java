package org.danvan.announcement.bot;

import java.util.List;

import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

/**
 * What {@code /mute} and {@code /unmute} share: switching normal announcements on or off
 * for whoever sends it (urgent ones always come).
 */
abstract class AnnouncementsSwitch {

	private final Preferences preferences;

	private final boolean on;

	private final String done;

	private final String already;

	AnnouncementsSwitch(Preferences preferences, boolean on, String done, String already) {
		this.preferences = preferences;
		this.on = on;
		this.done = done;
		this.already = already;
	}

	public Role role() {
		return Role.VILLAGER;
	}

	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		boolean changed = this.preferences.set(sender.userId(), Notice.ANNOUNCEMENTS, this.on);
		return List.of(Reply.message(Text.of(changed ? this.done : this.already)));
	}

}
