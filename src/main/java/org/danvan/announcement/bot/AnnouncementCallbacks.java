package org.danvan.announcement.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.announcement.Announcement;
import org.danvan.announcement.Announcements;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The buttons of {@code /announcements}: each press checks that the sender may manage the
 * announcement it names (its area is theirs), whatever the button says.
 */
@Component
class AnnouncementCallbacks implements CallbackHandler {

	private final Announcements announcements;

	private final AnnouncementAccess access;

	private final AnnouncementViews views;

	AnnouncementCallbacks(Announcements announcements, AnnouncementAccess access, AnnouncementViews views) {
		this.announcements = announcements;
		this.access = access;
		this.views = views;
	}

	@Override
	public String prefix() {
		return AnnouncementViews.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		if (!AnnouncementAccess.announces(sender)) {
			return List.of(Reply.toast(Text.of("announce.not-allowed")));
		}
		if ("list".equals(data.action())) {
			return List.of(this.views.list(sender, Reply.Kind.EDIT));
		}
		Optional<Announcement> found = this.announcements.find(data.arg());
		if (found.isEmpty()) {
			return List.of(Reply.toast(Text.of("announce.stale")));
		}
		if (!this.access.manages(sender, found.get())) {
			return List.of(Reply.toast(Text.of("announce.not-your-area")));
		}
		String id = found.get().id();
		Text done = switch (data.action()) {
			case "show" -> null;
			case "cancel" ->
				this.announcements.cancel(id) ? Text.of("announcements.cancelled") : Text.of("announce.stale");
			case "pause" -> this.announcements.pause(id) ? Text.of("announcements.paused") : Text.of("announce.stale");
			case "resume" ->
				this.announcements.resume(id) ? Text.of("announcements.resumed") : Text.of("announce.stale");
			case "resend" -> Text.of("announcements.resent", "count", this.announcements.resendFailed(id));
			default -> Text.of("announce.stale");
		};
		Reply card = this.views.card(this.announcements.find(id).orElse(found.get()), sender);
		return (done != null) ? List.of(Reply.toast(done), card) : List.of(card);
	}

}
