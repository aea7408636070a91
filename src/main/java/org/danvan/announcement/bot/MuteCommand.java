package org.danvan.announcement.bot;

import org.danvan.access.Preferences;
import org.danvan.telegram.CommandHandler;

import org.springframework.stereotype.Component;

/** {@code /mute}: no more normal announcements; urgent ones still come. */
@Component
class MuteCommand extends AnnouncementsSwitch implements CommandHandler {

	MuteCommand(Preferences preferences) {
		super(preferences, false, "mute.done", "mute.already");
	}

	@Override
	public String command() {
		return "mute";
	}

}
