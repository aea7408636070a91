package org.danvan.announcement.bot;

import java.util.List;

import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/** {@code /announcements}: what was announced in the sender's areas, and how it went. */
@Component
class AnnouncementsCommand implements CommandHandler {

	private final AnnouncementViews views;

	AnnouncementsCommand(AnnouncementViews views) {
		this.views = views;
	}

	@Override
	public String command() {
		return "announcements";
	}

	@Override
	public Role role() {
		return Role.OFFICER;
	}

	@Override
	public boolean allows(Sender sender) {
		return AnnouncementAccess.announces(sender);
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		return List.of(this.views.list(sender, Reply.Kind.MESSAGE));
	}

}
