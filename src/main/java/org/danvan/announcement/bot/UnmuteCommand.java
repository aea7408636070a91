package org.danvan.announcement.bot;

import org.danvan.access.Preferences;
import org.danvan.telegram.CommandHandler;

import org.springframework.stereotype.Component;

/** {@code /unmute}: normal announcements come again. */
@Component
class UnmuteCommand extends AnnouncementsSwitch implements CommandHandler {

	UnmuteCommand(Preferences preferences) {
		super(preferences, true, "unmute.done", "unmute.already");
	}

	@Override
	public String command() {
		return "unmute";
	}

}
