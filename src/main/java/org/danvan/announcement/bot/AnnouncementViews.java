package org.danvan.announcement.bot;

import java.util.ArrayList;
import java.util.List;

import org.danvan.announcement.Announcement;
import org.danvan.announcement.AnnouncementStatus;
import org.danvan.announcement.Announcements;
import org.danvan.announcement.PaidBroadcast;
import org.danvan.i18n.Html;
import org.danvan.i18n.Text;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /announcements}: the announcements of the sender's areas with their delivery
 * counts and next run, and one announcement's card with what can be done to it.
 */
@Component
class AnnouncementViews {

	static final String PREFIX = "anl";

	static final int LIST_SIZE = 15;

	static final int EXCERPT = 300;

	private final Announcements announcements;

	private final AnnouncementAccess access;

	private final AnnounceSteps steps;

	private final PaidBroadcast paid;

	AnnouncementViews(Announcements announcements, AnnouncementAccess access, AnnounceSteps steps, PaidBroadcast paid) {
		this.paid = paid;
		this.announcements = announcements;
		this.access = access;
		this.steps = steps;
	}

	Reply list(Sender sender, Reply.Kind kind) {
		List<Announcement> shown = this.announcements.within(this.access.visibleAreas(sender), 50)
			.stream()
			.filter((announcement) -> this.access.manages(sender, announcement))
			.limit(LIST_SIZE)
			.toList();
		if (shown.isEmpty()) {
			return message(kind, Text.of("announcements.none"), Keyboard.NONE);
		}
		List<Text> lines = new ArrayList<>();
		List<Button> buttons = new ArrayList<>();
		for (Announcement announcement : shown) {
			lines.add(line(announcement, sender));
			buttons.add(Button.of(Text.literal(announcement.id()), CallbackData.of(PREFIX, "show", announcement.id())));
		}
		return message(kind, Text.of("announcements.list", "lines", lines), Keyboard.grid(buttons, 3));
	}

	private Text line(Announcement announcement, Sender sender) {
		return Text.of("announcements.line", "code", announcement.id(), "status", status(announcement.status()),
				"urgent", announcement.urgent() ? "yes" : "no", "audience",
				this.steps.describe(announcement.audience(), sender.language()), "next", next(announcement), "counts",
				counts(announcement));
	}

	Reply card(Announcement announcement, Sender sender) {
		List<List<Button>> rows = new ArrayList<>();
		AnnouncementStatus status = announcement.status();
		if (status == AnnouncementStatus.RECURRING) {
			rows.add(List.of(button("announcements.pause", "pause", announcement)));
		}
		if (status == AnnouncementStatus.PAUSED) {
			rows.add(List.of(button("announcements.resume", "resume", announcement)));
		}
		if (status == AnnouncementStatus.SCHEDULED || status == AnnouncementStatus.RECURRING
				|| status == AnnouncementStatus.PAUSED) {
			rows.add(List.of(button("announcements.cancel", "cancel", announcement)));
		}
		int failed = this.announcements.progress(announcement).map(Broadcasts.Progress::failed).orElse(0);
		if (failed > 0) {
			rows.add(List.of(Button.of(Text.of("announcements.resend", "count", failed),
					CallbackData.of(PREFIX, "resend", announcement.id()))));
		}
		rows.add(List.of(Button.of(Text.of("announcements.back"), CallbackData.of(PREFIX, "list", ""))));
		String language = announcement.versions().containsKey(sender.language()) ? sender.language()
				: announcement.versions().keySet().iterator().next();
		return Reply.edit(
				Text.of("announcements.card", "line", line(announcement, sender), "when",
						AnnounceSteps.when(announcement.timing(), sender.language()), "runs", announcement.runs(),
						"languages", String.join(", ", announcement.versions().keySet()), "text",
						announcement.versions().get(language).isBlank() ? Text.of("announcement.voice-only")
								: excerpt(new Html(announcement.versions().get(language)).plain())),
				new Keyboard(rows));
	}

	private static String excerpt(String text) {
		return (text.length() <= EXCERPT) ? text : text.substring(0, EXCERPT) + "…";
	}

	private Text next(Announcement announcement) {
		return this.announcements.nextRun(announcement)
			.map((at) -> Text.of("announcements.next", "at", Announcements.format(at, announcement.timing().zoneId())))
			.orElse(Text.literal(""));
	}

	private Text counts(Announcement announcement) {
		return this.announcements.progress(announcement)
			.map((p) -> Text.of("announcements.counts", "sent", p.sent(), "pending", p.pending(), "failed", p.failed(),
					"blocked", p.blocked(), "paid", p.paidCalls(), "stars", this.paid.stars(p.paidCalls())))
			.orElse(Text.literal(""));
	}

	private static Text status(AnnouncementStatus status) {
		return switch (status) {
			case SCHEDULED -> Text.of("announcements.status.scheduled");
			case RECURRING -> Text.of("announcements.status.recurring");
			case PAUSED -> Text.of("announcements.status.paused");
			case SENT -> Text.of("announcements.status.sent");
			case ENDED -> Text.of("announcements.status.ended");
			case CANCELLED -> Text.of("announcements.status.cancelled");
			case MISSED -> Text.of("announcements.status.missed");
		};
	}

	private static Button button(String key, String action, Announcement announcement) {
		return Button.of(Text.of(key), CallbackData.of(PREFIX, action, announcement.id()));
	}

	private static Reply message(Reply.Kind kind, Text text, Keyboard keyboard) {
		return (kind == Reply.Kind.EDIT) ? Reply.edit(text, keyboard) : Reply.message(text, keyboard);
	}

}
