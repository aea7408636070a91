package org.danvan.announcement.bot;

import java.util.List;

import org.danvan.announcement.Announcement;
import org.danvan.announcement.Announcements;
import org.danvan.announcement.EventReminders;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The "remind me" button under an announcement of an event: only someone the announcement
 * reached may ask, and is told when the reminder will come.
 */
@Component
class EventReminderCallbacks implements CallbackHandler {

	private final Announcements announcements;

	private final EventReminders reminders;

	EventReminderCallbacks(Announcements announcements, EventReminders reminders) {
		this.announcements = announcements;
		this.reminders = reminders;
	}

	@Override
	public String prefix() {
		return Announcements.REMINDER_PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Announcement announcement = this.announcements.find(data.arg()).orElse(null);
		if (announcement == null || announcement.eventAt() == null || !"rem".equals(data.action())) {
			return List.of(Reply.toast(Text.of("announce.stale")));
		}
		String at = Announcements.format(this.reminders.remindAt(announcement), announcement.timing().zoneId());
		Text answer = switch (this.reminders.ask(announcement, sender.userId())) {
			case ADDED -> Text.of("announcement.remind.added", "at", at);
			case ALREADY -> Text.of("announcement.remind.already", "at", at);
			case TOO_LATE -> Text.of("announcement.remind.too-late");
			case NONE -> Text.of("announce.stale");
		};
		return List.of(Reply.toast(answer));
	}

}
