package org.danvan.incident;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.danvan.access.Member;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.GeoPoint;
import org.danvan.i18n.Text;
import org.danvan.scheduling.Schedules;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Lane;
import org.danvan.telegram.MemberDirectory;
import org.danvan.telegram.Reply;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about incidents: every officer of the area the moment a report is stored
 * (one message with buttons to act and to see the place and photos), and the reporter of
 * every change, each in their own language. Both are written down before they are sent,
 * so a crash loses none, and go on the interactive lane.
 */
@Component
class IncidentNotices {

	static final String PREFIX = "inc";

	private final IncidentManagement incidents;

	private final MemberManagement members;

	private final MemberDirectory directory;

	private final AreaManagement areas;

	private final Broadcasts broadcasts;

	private final Schedules schedules;

	private final IncidentSettings settings;

	private final Clock clock;

	IncidentNotices(IncidentManagement incidents, MemberManagement members, MemberDirectory directory,
			AreaManagement areas, Broadcasts broadcasts, Schedules schedules, IncidentSettings settings, Clock clock) {
		this.schedules = schedules;
		this.settings = settings;
		this.clock = clock;
		this.incidents = incidents;
		this.members = members;
		this.directory = directory;
		this.areas = areas;
		this.broadcasts = broadcasts;
		settings.officerChats()
			.stream()
			.filter((chat) -> areas.area(chat.area()).isEmpty())
			.findFirst()
			.ifPresent((chat) -> {
				throw new IllegalStateException(
						"danvan.incidents.officer-chats names an area that config/areas.yml does not have: "
								+ chat.area());
			});
	}

	@EventListener
	void on(IncidentReported event) {
		Incident incident = this.incidents.find(event.code()).orElseThrow();
		int level = alertArea(incident, "alert-" + incident.code());
		if (incident.urgent()) {
			this.schedules.once("escalate-" + incident.code() + "-1",
					this.clock.instant().plus(this.settings.escalateAfter()), IncidentEscalation.TASK,
					Map.of("code", incident.code(), "step", "1", "level", String.valueOf(level)));
		}
	}

	/**
	 * Alerts the officers of the nearest area that has any; returns that area's level, or
	 * -1.
	 */
	int alertArea(Incident incident, String jobId) {
		int level = nearestLevelWithOfficers(incident);
		alert(incident, officersAt(incident, level), jobId, "incident.alert", true);
		return level;
	}

	/** The officers of the incident's area at this level of its path; none for -1. */
	List<Member> officersAt(Incident incident, int level) {
		return (level >= 0) ? this.members.officersFor(List.of(incident.path().get(level))) : List.of();
	}

	/** The deepest area of the incident's path that has officers, or -1. */
	int nearestLevelWithOfficers(Incident incident) {
		for (int level = incident.path().size() - 1; level >= 0; level--) {
			if (!this.members.officersFor(List.of(incident.path().get(level))).isEmpty()) {
				return level;
			}
		}
		return -1;
	}

	/**
	 * Alerts these officers, each in their language, and if asked the officer group chats
	 * of the incident's areas; written down before it is sent.
	 */
	void alert(Incident incident, List<Member> officers, String jobId, String key, boolean groups) {
		Map<String, Reply> versions = new LinkedHashMap<>();
		List<Broadcasts.Recipient> recipients = new ArrayList<>();
		for (Member officer : officers) {
			recipients.add(new Broadcasts.Recipient(officer.id(), this.directory.lookup(officer.id()).language()));
		}
		if (groups) {
			this.settings.officerChats()
				.stream()
				.filter((chat) -> incident.path().contains(chat.area()))
				.forEach((chat) -> recipients.add(new Broadcasts.Recipient(chat.chatId(), chat.language())));
		}
		if (recipients.isEmpty()) {
			return;
		}
		for (Broadcasts.Recipient recipient : recipients) {
			versions.computeIfAbsent(recipient.version(),
					(language) -> Reply.message(card(incident, language, key), actions(incident)));
		}
		this.broadcasts.start(jobId, versions, recipients, Lane.INTERACTIVE);
	}

	@EventListener
	void on(IncidentStatusChanged event) {
		Incident incident = this.incidents.find(event.code()).orElseThrow();
		Map<String, Reply> versions = new LinkedHashMap<>();
		List<Broadcasts.Recipient> recipients = this.incidents.chatsToTell(incident).stream().map((chat) -> {
			String language = this.directory.lookup(chat.id()).language();
			versions.computeIfAbsent(language, (l) -> Reply.message(
					Text.of("incident.changed", "code", incident.code(), "status", Text.of(event.status().key()))));
			return new Broadcasts.Recipient(chat.id(), language, chat.relayed());
		}).toList();
		if (!recipients.isEmpty()) {
			this.broadcasts.start("status-" + incident.code() + "-" + incident.history().size(), versions, recipients,
					Lane.INTERACTIVE);
		}
	}

	/** Sends a named member (an officer) a message, written down before it is sent. */
	void tell(String jobId, long chat, Reply message, Lane lane) {
		tell(jobId, new IncidentManagement.Chat(chat, false), message, lane);
	}

	/**
	 * Sends one chat a message in its language, written down before it is sent (with the
	 * chat sealed when it is reached through a relay).
	 */
	void tell(String jobId, IncidentManagement.Chat chat, Reply message, Lane lane) {
		String language = this.directory.lookup(chat.id()).language();
		this.broadcasts.start(jobId, Map.of(language, message),
				List.of(new Broadcasts.Recipient(chat.id(), language, chat.relayed())), lane);
	}

	Text card(Incident incident, String language, String key) {
		String place = place(incident, language);
		if (incident.location() != null) {
			place = place + String.format(" (%.5f, %.5f)", incident.location().lat(), incident.location().lon());
		}
		Object reporter = incident.anonymous() ? Text.of("incident.reporter.anonymous")
				: this.members.member(incident.reporterId()).map(Member::displayName).orElse("?");
		Object description = (incident.description() != null) ? incident.description() : Text.of("incident.voice-note");
		return Text.of(key, "code", incident.code(), "urgent", incident.urgent() ? "yes" : "no", "category",
				Text.of(incident.category().key()), "place", place, "description", description, "reporter", reporter,
				"photos", incident.photoFileIds().size(), "status", Text.of(incident.status().key()));
	}

	private String place(Incident incident, String language) {
		String place = this.areas.area(incident.areaId()).map((area) -> area.name(language)).orElse(incident.areaId());
		if (incident.markerId() != null) {
			place = place + " · "
					+ incident.markerId().substring(incident.markerId().indexOf("-m") + 2).replace('.', '/');
		}
		return place;
	}

	/**
	 * What an officer can do with an open report, and how they see it: the place as a map
	 * link and a pin, the photos as an album, each on a press, so that an alert is one
	 * message.
	 */
	Keyboard actions(Incident incident) {
		List<List<Button>> rows = new ArrayList<>(List.of(
				List.of(button("incident.action.ack", "ack", incident),
						button("incident.action.take", "take", incident)),
				List.of(button("incident.action.resolve", "done", incident),
						button("incident.action.reject", "rej", incident)),
				List.of(button("incident.action.ask", "ask", incident))));
		List<Button> seeing = new ArrayList<>();
		point(incident).ifPresent((point) -> {
			seeing.add(Button.link(Text.of("incident.see.map"), mapLink(point)));
			seeing.add(button("incident.see.pin", "pin", incident));
		});
		if (!incident.photoFileIds().isEmpty()) {
			seeing.add(Button.of(Text.of("incident.see.photos", "count", incident.photoFileIds().size()),
					CallbackData.of(PREFIX, "pho", incident.code())));
		}
		if (!seeing.isEmpty()) {
			rows.add(seeing);
		}
		return new Keyboard(rows);
	}

	/** The report's pin on Telegram's map, and where it is in words. */
	Optional<Reply> pin(Incident incident, String language) {
		return point(incident).map((point) -> Reply
			.message(Text.of("incident.see.pin.caption", "code", incident.code(), "place", place(incident, language)))
			.withLocation(new Reply.Place(point.lat(), point.lon())));
	}

	/** The report's photos as an album. */
	Optional<Reply> photos(Incident incident) {
		List<String> photos = incident.photoFileIds();
		return photos.isEmpty() ? Optional.empty()
				: Optional.of(Reply
					.message(Text.of("incident.see.photos.caption", "code", incident.code(), "count", photos.size()))
					.withPhotos(photos));
	}

	/** Where it was shared, else its border marker, else its village. */
	Optional<GeoPoint> point(Incident incident) {
		if (incident.location() != null) {
			return Optional.of(incident.location());
		}
		Optional<GeoPoint> marker = Optional.ofNullable(incident.markerId())
			.flatMap(this.areas::marker)
			.map(BorderMarker::location);
		return marker.isPresent() ? marker : this.areas.area(incident.areaId()).map(Area::location);
	}

	private static String mapLink(GeoPoint point) {
		String lat = String.format(Locale.ROOT, "%.5f", point.lat());
		String lon = String.format(Locale.ROOT, "%.5f", point.lon());
		return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=16/" + lat + "/" + lon;
	}

	private static Button button(String key, String action, Incident incident) {
		return Button.of(Text.of(key), CallbackData.of(PREFIX, action, incident.code()));
	}

}
