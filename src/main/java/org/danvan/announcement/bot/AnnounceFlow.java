package org.danvan.announcement.bot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.danvan.i18n.Html;
import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.announcement.Announcements;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * What the officer types or sends while composing: the text of each language (its
 * formatting kept, its length checked as recipients will get it), a photo or a file, a
 * date and time, a weekday of the month, a time, a last day.
 */
@Component
class AnnounceFlow implements FlowHandler {

	private final AnnounceSteps steps;

	private final Announcements announcements;

	private final Texts texts;

	private final Clock clock;

	AnnounceFlow(AnnounceSteps steps, Announcements announcements, Texts texts, Clock clock) {
		this.steps = steps;
		this.announcements = announcements;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public String flow() {
		return AnnounceSteps.FLOW;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		String kind = null;
		String fileId = null;
		if (inbound.content() instanceof Inbound.Photo photo) {
			kind = "photo";
			fileId = photo.fileId();
		}
		else if (inbound.content() instanceof Inbound.Document document) {
			kind = "doc";
			fileId = document.fileId();
		}
		if (kind != null && List.of("text", "versions").contains(conversation.step())
				&& !AnnounceSteps.versions(conversation.data()).isEmpty()) {
			Map<String, Object> data = conversation.with(kind, fileId);
			data.remove("photo".equals(kind) ? "doc" : "photo");
			data.remove("lang");
			return this.steps.next(conversation, data, sender, Reply.Kind.MESSAGE);
		}
		if (inbound.content() instanceof Inbound.VoiceNote voice
				&& List.of("text", "versions").contains(conversation.step())) {
			return voice(conversation, voice, sender);
		}
		if (!(inbound.content() instanceof Inbound.TextMessage text)) {
			return List.of(Reply.message(Text.of("announce.type-please")));
		}
		String typed = text.text().trim();
		ZoneId zone = this.steps.zone(conversation);
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		return switch (conversation.step()) {
			case "text" -> text(conversation, text, sender);
			case "at", "event" -> at(conversation, conversation.step(), typed, zone, today, sender);
			case "mday" -> typed.matches("[0-9]{1,2}") && Integer.parseInt(typed) >= 1 && Integer.parseInt(typed) <= 28
					? this.steps.next(conversation, conversation.with("mday", typed), sender, Reply.Kind.MESSAGE)
					: List.of(Reply.message(Text.of("announce.bad.mday")));
			case "time" -> {
				LocalTime time = AnnounceSteps.parseTime(typed);
				yield (time != null) ? this.steps.next(conversation, conversation.with("time", time.toString()), sender,
						Reply.Kind.MESSAGE) : List.of(Reply.message(Text.of("announce.bad.time")));
			}
			case "until" -> {
				LocalDate until = AnnounceSteps.parseDate(typed, today);
				yield (until != null && !until.isBefore(today)) ? this.steps.next(conversation,
						conversation.with("until", until.toString()), sender, Reply.Kind.MESSAGE)
						: List.of(Reply.message(Text.of("announce.bad.date")));
			}
			default -> List.of(Reply.message(Text.of("announce.use-buttons")));
		};
	}

	private List<Reply> text(Conversation conversation, Inbound.TextMessage text, Sender sender) {
		String language = conversation.text("lang");
		if (language == null || text.text().isBlank()) {
			return List.of(Reply.message(Text.of("announce.use-buttons")));
		}
		String html = text.html().strip();
		// measured with the urgent heading, the longer one: urgency is chosen later
		Text message = this.announcements.message(conversation.text("area"), true, html, language, null);
		int length = new Html(this.texts.render(language, message)).plain().length();
		if (length > Reply.MAX_TEXT) {
			return List.of(Reply.message(Text.of("announce.too-long", "language", Languages.ownName(language), "length",
					length, "max", Reply.MAX_TEXT)));
		}
		Map<String, Object> data = conversation.with("v:" + language, html);
		data.remove("lang");
		data.put("written", language);
		return this.steps.next(conversation, data, sender, Reply.Kind.MESSAGE);
	}

	/**
	 * A voice note in place of the text asked for, or just after it: the voice of that
	 * language's version, which may have no text.
	 */
	private List<Reply> voice(Conversation conversation, Inbound.VoiceNote voice, Sender sender) {
		String language = (conversation.text("lang") != null) ? conversation.text("lang")
				: conversation.text("written");
		if (language == null) {
			return List.of(Reply.message(Text.of("announce.use-buttons")));
		}
		Map<String, Object> data = conversation.with("voice:" + language, voice.fileId());
		data.putIfAbsent("v:" + language, "");
		data.remove("lang");
		data.put("written", language);
		return this.steps.next(conversation, data, sender, Reply.Kind.MESSAGE);
	}

	/** A date and time in the future, for when it goes or for the event it announces. */
	private List<Reply> at(Conversation conversation, String key, String typed, ZoneId zone, LocalDate today,
			Sender sender) {
		String[] parts = typed.split("\\s+");
		LocalDate date = (parts.length == 2) ? AnnounceSteps.parseDate(parts[0], today) : null;
		LocalTime time = (parts.length == 2) ? AnnounceSteps.parseTime(parts[1]) : null;
		if (date == null || time == null) {
			return List.of(Reply.message(Text.of("announce.bad.at")));
		}
		Instant at = date.atTime(time).atZone(zone).toInstant();
		if (!at.isAfter(this.clock.instant())) {
			return List.of(Reply.message(Text.of("announce.bad.past")));
		}
		return this.steps.next(conversation, conversation.with(key, at.toString()), sender, Reply.Kind.MESSAGE);
	}

}
