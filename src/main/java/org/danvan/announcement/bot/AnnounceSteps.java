package org.danvan.announcement.bot;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.announcement.Announcements;
import org.danvan.announcement.Audience;
import org.danvan.announcement.AudienceKind;
import org.danvan.announcement.AudienceMembers;
import org.danvan.announcement.PaidBroadcast;
import org.danvan.announcement.QuietHours;
import org.danvan.announcement.Reach;
import org.danvan.announcement.Timing;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Html;
import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The composer's steps: after every change it asks for the first thing still missing
 * (audience, text, versions, urgency, time), then shows the preview. Editing one part
 * forgets it, so the composer asks for it again and comes back to the preview.
 */
@Component
class AnnounceSteps {

	static final String FLOW = "announce";

	static final String PREFIX = "anc";

	static final int MAX_BUTTONS = 90;

	private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:hH.]([0-5][0-9])");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Conversations conversations;

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final AudienceMembers audiences;

	private final Announcements announcements;

	private final AnnouncementAccess access;

	private final Languages languages;

	private final Texts texts;

	private final java.time.Clock clock;

	private final PaidBroadcast paid;

	AnnounceSteps(Conversations conversations, AreaManagement areas, EnrollmentManagement enrollment,
			AudienceMembers audiences, Announcements announcements, AnnouncementAccess access, Languages languages,
			Texts texts, java.time.Clock clock, PaidBroadcast paid) {
		this.paid = paid;
		this.clock = clock;
		this.conversations = conversations;
		this.areas = areas;
		this.enrollment = enrollment;
		this.audiences = audiences;
		this.announcements = announcements;
		this.access = access;
		this.languages = languages;
		this.texts = texts;
	}

	/** Moves the conversation to whatever is missing next and asks for it. */
	List<Reply> next(Conversation conversation, Map<String, Object> data, Sender sender, Reply.Kind kind) {
		String step = nextStep(data);
		Map<String, Object> changed = new HashMap<>(data);
		if ("text".equals(step) && changed.get("lang") == null) {
			changed.put("lang", sender.language());
		}
		Optional<Conversation> moved = this.conversations.advance(conversation, step, changed);
		if (moved.isEmpty()) {
			return List.of(Reply.toast(Text.of("announce.stale")));
		}
		List<Reply> replies = new ArrayList<>();
		if ("preview".equals(step) && kind == Reply.Kind.EDIT) {
			replies.add(Reply.edit(Text.of("announce.preview.below"), Keyboard.NONE));
		}
		replies.addAll(ask(moved.get(), sender, kind));
		return replies;
	}

	static String nextStep(Map<String, Object> data) {
		if (data.get("kind") == null) {
			return "kind";
		}
		if (data.get("area") == null) {
			return "area";
		}
		if (data.get("lang") != null || versions(data).isEmpty()) {
			return "text";
		}
		if (data.get("versionsDone") == null) {
			return "versions";
		}
		if (data.get("urgent") == null) {
			return "urgency";
		}
		Object when = data.get("when");
		if (when == null) {
			return "timing";
		}
		if ("at".equals(when) && data.get("at") == null) {
			return "at";
		}
		if ("weekly".equals(when) && data.get("daysDone") == null) {
			return "days";
		}
		if ("monthly".equals(when) && data.get("mday") == null) {
			return "mday";
		}
		if (List.of("daily", "weekly", "monthly").contains(when)) {
			if (data.get("time") == null) {
				return "time";
			}
			if (data.get("until") == null) {
				return "until";
			}
		}
		if (("now".equals(when) || "at".equals(when)) && data.get("event") == null) {
			return "event";
		}
		return "preview";
	}

	/** What the step asks, with its buttons. */
	List<Reply> ask(Conversation conversation, Sender sender, Reply.Kind kind) {
		return switch (conversation.step()) {
			case "kind" -> List.of(reply(kind, Text.of("announce.ask.kind"), kinds(sender)));
			case "area" -> List.of(areaChoice(conversation, null, sender, kind));
			case "text" -> List.of(reply(kind, Text.of("announce.ask.text", "language",
					Languages.ownName(conversation.text("lang")), "max", Reply.MAX_TEXT), cancelOnly()));
			case "versions" -> List.of(versions(conversation, sender, kind));
			case "urgency" -> List.of(reply(kind, Text.of("announce.ask.urgency"),
					Keyboard.of(List.of(button("announce.normal", "urg", "n"), button("announce.urgent", "urg", "y")),
							List.of(button("announce.cancel", "x", "")))));
			case "timing" -> List.of(reply(kind, Text.of("announce.ask.when"), Keyboard.of(
					List.of(button("announce.when.now", "when", "now"), button("announce.when.at", "when", "at")),
					List.of(button("announce.when.daily", "when", "daily"),
							button("announce.when.weekly", "when", "weekly"),
							button("announce.when.monthly", "when", "monthly")),
					List.of(button("announce.cancel", "x", "")))));
			case "at" -> List.of(reply(kind,
					Text.of("announce.ask.at", "zone", zone(conversation).getId(), "example",
							Announcements.format(LocalDate.now(this.clock.withZone(zone(conversation)))
								.plusDays(1)
								.atTime(8, 0)
								.atZone(zone(conversation))
								.toInstant(), zone(conversation))),
					cancelOnly()));
			case "days" -> List.of(days(conversation, sender, kind));
			case "mday" -> List.of(reply(kind, Text.of("announce.ask.mday"), cancelOnly()));
			case "event" -> List.of(reply(kind, Text.of("announce.ask.event", "zone", zone(conversation).getId()),
					Keyboard.of(List.of(button("announce.no-event", "noevt", "")),
							List.of(button("announce.cancel", "x", "")))));
			case "time" ->
				List.of(reply(kind, Text.of("announce.ask.time", "zone", zone(conversation).getId()), cancelOnly()));
			case "until" -> List.of(reply(kind, Text.of("announce.ask.until"), Keyboard
				.of(List.of(button("announce.no-end", "noend", "")), List.of(button("announce.cancel", "x", "")))));
			default -> preview(conversation, sender);
		};
	}

	private Keyboard kinds(Sender sender) {
		List<List<Button>> rows = new ArrayList<>();
		if (AnnouncementAccess.isOfficer(sender)) {
			rows.add(List.of(button("announce.kind.area", "kind", "AREA"),
					button("announce.kind.villages", "kind", "VILLAGES")));
			rows.add(List.of(button("announce.kind.households", "kind", "HOUSEHOLDS"),
					button("announce.kind.leaders", "kind", "LEADERS")));
			rows.add(List.of(button("announce.kind.group", "kind", "GROUP"),
					button("announce.kind.officers", "kind", "OFFICERS")));
		}
		else {
			rows.add(List.of(button("announce.kind.group", "kind", "GROUP")));
		}
		rows.add(List.of(button("announce.cancel", "x", "")));
		return new Keyboard(rows);
	}

	/**
	 * The area picker: the sender's areas, then the areas beneath the one shown; villages
	 * to tick for chosen villages, groups to pick for a group.
	 */
	Reply areaChoice(Conversation conversation, Area shown, Sender sender, Reply.Kind kind) {
		AudienceKind audience = AudienceKind.valueOf(conversation.text("kind"));
		List<List<Button>> rows = new ArrayList<>();
		String language = sender.language();
		List<Area> choices;
		Text prompt;
		if (shown == null) {
			choices = this.access.roots(sender);
			if (choices.size() == 1) {
				return areaChoice(conversation, choices.get(0), sender, kind);
			}
			prompt = Text.of("announce.ask.area");
		}
		else if (audience == AudienceKind.GROUP && shown.isVillage()) {
			List<SelfManagedGroup> groups = this.enrollment.groupsOf(shown.id());
			groups.stream()
				.limit(MAX_BUTTONS)
				.forEach((group) -> rows
					.add(List.of(Button.of(Text.literal(group.name()), CallbackData.of(PREFIX, "grp", group.id())))));
			choices = List.of();
			prompt = groups.isEmpty() ? Text.of("announce.no-groups", "village", shown.name(language))
					: Text.of("announce.ask.group", "village", shown.name(language));
		}
		else if (audience == AudienceKind.VILLAGES && this.areas.children(shown.id()).stream().allMatch(Area::isVillage)
				&& !shown.isVillage()) {
			List<String> ticked = conversation.list("ids");
			this.areas.children(shown.id())
				.stream()
				.limit(MAX_BUTTONS)
				.forEach((village) -> rows.add(List
					.of(Button.of(Text.literal((ticked.contains(village.id()) ? "✅ " : "▫️ ") + village.name(language)),
							CallbackData.of(PREFIX, "vil", village.id())))));
			if (!ticked.isEmpty()) {
				rows.add(List.of(Button.of(Text.of("announce.villages.done", "count", ticked.size()),
						CallbackData.of(PREFIX, "vok", shown.id()))));
			}
			choices = List.of();
			prompt = Text.of("announce.ask.villages", "area", shown.name(language));
		}
		else {
			choices = this.areas.children(shown.id());
			boolean pickHere = audience != AudienceKind.GROUP && audience != AudienceKind.VILLAGES;
			if (pickHere) {
				rows.add(List.of(Button.of(Text.of("announce.area.all", "area", shown.name(language)),
						CallbackData.of(PREFIX, "pick", shown.id()))));
			}
			prompt = Text.of(pickHere ? "announce.ask.area.here" : "announce.ask.area.below", "area",
					shown.name(language));
		}
		choices.stream()
			.filter((area) -> !area.retired())
			.limit(MAX_BUTTONS)
			.forEach((area) -> rows.add(List
				.of(Button.of(Text.literal("› " + area.name(language)), CallbackData.of(PREFIX, "area", area.id())))));
		if (shown != null && shown.parentId() != null && this.access.may(sender, audience, shown.parentId())) {
			rows.add(List.of(button("announce.up", "area", shown.parentId())));
		}
		rows.add(List.of(button("announce.cancel", "x", "")));
		return reply(kind, prompt, new Keyboard(rows));
	}

	/** The versions written so far and the languages the audience reads, with counts. */
	private Reply versions(Conversation conversation, Sender sender, Reply.Kind kind) {
		Map<String, String> versions = versions(conversation.data());
		Map<String, String> voices = voices(conversation.data());
		Map<String, Integer> counts = counts(conversation.data());
		String areaLanguage = this.areas.area(conversation.text("area")).map(Area::defaultLanguage).orElse(null);
		List<Text> lines = new ArrayList<>();
		List<Button> buttons = new ArrayList<>();
		List<String> languages = new ArrayList<>(this.languages.supported());
		languages.sort(Comparator.comparing((String tag) -> -counts.getOrDefault(tag, 0)));
		for (String language : languages) {
			int count = counts.getOrDefault(language, 0);
			String name = Languages.ownName(language);
			if (versions.containsKey(language)) {
				String form = !voices.containsKey(language) ? "text"
						: versions.get(language).isEmpty() ? "voice" : "both";
				lines.add(Text.of("announce.versions.written", "language", name, "count", count, "form", form));
			}
			else if (count > 0) {
				String fallback = this.audiences.version(language, areaLanguage, versions.keySet());
				lines.add((fallback != null)
						? Text.of("announce.versions.fallback", "language", name, "count", count, "fallback",
								Languages.ownName(fallback))
						: Text.of("announce.versions.missing", "language", name, "count", count));
			}
			buttons.add(Button.of(Text.literal("✏️ " + name + ((count > 0) ? " (" + count + ")" : "")),
					CallbackData.of(PREFIX, "lang", language)));
		}
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, 2).rows());
		rows.add(List.of(button("announce.next", "next", "")));
		rows.add(List.of(button("announce.cancel", "x", "")));
		Text attachment = (conversation.text("photo") != null) ? Text.of("announce.attached.photo")
				: (conversation.text("doc") != null) ? Text.of("announce.attached.file")
						: Text.of("announce.attached.none");
		return reply(kind, Text.of("announce.versions", "lines", lines, "attachment", attachment), new Keyboard(rows));
	}

	private Reply days(Conversation conversation, Sender sender, Reply.Kind kind) {
		List<String> ticked = conversation.list("days");
		Locale locale = Locale.forLanguageTag(sender.language());
		List<Button> buttons = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String label = (ticked.contains(String.valueOf(day.getValue())) ? "✅ " : "▫️ ")
					+ day.getDisplayName(TextStyle.SHORT, locale);
			buttons.add(Button.of(Text.literal(label), CallbackData.of(PREFIX, "wd", day.getValue())));
		}
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, 4).rows());
		if (!ticked.isEmpty()) {
			rows.add(List.of(button("announce.days.done", "wdok", "")));
		}
		rows.add(List.of(button("announce.cancel", "x", "")));
		return reply(kind, Text.of("announce.ask.days"), new Keyboard(rows));
	}

	/**
	 * Each version exactly as its readers will get it, then who gets what and when, with
	 * Confirm, Edit and Cancel.
	 */
	private List<Reply> preview(Conversation conversation, Sender sender) {
		Audience audience = audience(conversation.data());
		boolean urgent = "y".equals(conversation.text("urgent"));
		Map<String, String> versions = versions(conversation.data());
		Map<String, String> voices = voices(conversation.data());
		Reach reach = this.audiences.reach(audience, versions.keySet(), urgent);
		List<Reply> replies = new ArrayList<>();
		boolean first = true;
		for (Map.Entry<String, String> version : versions.entrySet()) {
			Text message = this.announcements.message(audience.areaId(), urgent, version.getValue(), version.getKey(),
					eventAt(conversation.data()));
			Reply reply = Reply.message(Text.of("announce.preview.version", "language",
					Languages.ownName(version.getKey()), "count", reach.byVersion().getOrDefault(version.getKey(), 0),
					"message", new Html(this.texts.render(version.getKey(), message))));
			if (first && conversation.text("photo") != null) {
				reply = reply.withPhotos(List.of(conversation.text("photo")));
			}
			if (first && conversation.text("doc") != null) {
				reply = reply.withDocument(conversation.text("doc"));
			}
			reply = reply.withVoice(voices.get(version.getKey()));
			first = false;
			replies.add(reply);
		}
		Timing timing = timing(conversation.data(), zone(conversation));
		List<Text> counts = new ArrayList<>();
		reach.byVersion()
			.forEach((language, count) -> counts
				.add(Text.of("announce.preview.count", "language", Languages.ownName(language), "count", count)));
		replies.add(Reply.message(
				Text.of("announce.preview", "audience", describe(audience, sender.language()), "total", reach.total(),
						"counts", counts, "fallbacks", reach.fallbacks(), "muted", reach.muted(), "urgent",
						urgent ? "yes" : "no", "when", when(timing, sender.language()), "quiet",
						quietNote(audience.areaId(), urgent, timing), "event", eventNote(conversation), "paid",
						this.paid.note(paidQuote(conversation, reach))),
				Keyboard.of(List.of(button("announce.confirm", "ok", ""), button("announce.edit", "edit", "")),
						List.of(button("announce.cancel", "x", "")))));
		return replies;
	}

	/**
	 * What the composed announcement would cost as paid broadcast; empty when it would
	 * not go as one.
	 */
	Optional<PaidBroadcast.Quote> paidQuote(Conversation conversation) {
		Map<String, String> versions = versions(conversation.data());
		boolean urgent = "y".equals(conversation.text("urgent"));
		return paidQuote(conversation, this.audiences.reach(audience(conversation.data()), versions.keySet(), urgent));
	}

	private Optional<PaidBroadcast.Quote> paidQuote(Conversation conversation, Reach reach) {
		int calls = 1 + ((conversation.text("photo") != null) ? 1 : 0) + ((conversation.text("doc") != null) ? 1 : 0);
		Map<String, String> voices = voices(conversation.data());
		long voiceCalls = reach.byVersion()
			.entrySet()
			.stream()
			.filter((version) -> voices.containsKey(version.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		return this.paid.quote("y".equals(conversation.text("urgent")), (long) reach.total() * calls + voiceCalls);
	}

	private Text eventNote(Conversation conversation) {
		Instant event = eventAt(conversation.data());
		return (event != null)
				? Text.of("announce.preview.event", "at", Announcements.format(event, zone(conversation)))
				: Text.literal("");
	}

	/** The time of the event it announces, if the composer was given one. */
	static Instant eventAt(Map<String, Object> data) {
		Object event = data.get("event");
		return (event == null || "none".equals(event)) ? null : Instant.parse(event.toString());
	}

	private Text quietNote(String areaId, boolean urgent, Timing timing) {
		Optional<QuietHours> quiet = this.announcements.quietHours(areaId);
		if (urgent || quiet.isEmpty()) {
			return Text.literal("");
		}
		Instant at = switch (timing.kind()) {
			case NOW -> this.clock.instant();
			case AT -> timing.at();
			default -> LocalDate.now(this.clock.withZone(timing.zoneId()))
				.atTime(timing.localTime())
				.atZone(timing.zoneId())
				.toInstant();
		};
		Optional<Instant> until = quiet.get().deferredUntil(at, timing.zoneId());
		return until.isPresent() ? Text.of("announce.preview.quiet", "from", quiet.get().from().toString(), "until",
				quiet.get().until().toString()) : Text.literal("");
	}

	/** The audience in words, in the reader's language. */
	Text describe(Audience audience, String language) {
		String area = this.areas.area(audience.areaId()).map((a) -> a.name(language)).orElse(audience.areaId());
		return switch (audience.kind()) {
			case AREA -> Text.of("announce.audience.area", "area", area);
			case VILLAGES -> Text.of("announce.audience.villages", "villages",
					String.join(", ",
							audience.ids()
								.stream()
								.map((id) -> this.areas.area(id).map((a) -> a.name(language)).orElse(id))
								.toList()));
			case GROUP -> Text.of("announce.audience.group", "group",
					audience.ids()
						.stream()
						.findFirst()
						.flatMap(this.enrollment::group)
						.map(SelfManagedGroup::name)
						.orElse("?"),
					"area", area);
			case HOUSEHOLDS -> Text.of("announce.audience.households", "area", area);
			case LEADERS -> Text.of("announce.audience.leaders", "area", area);
			case OFFICERS -> Text.of("announce.audience.officers", "area", area);
		};
	}

	/** The timing in words, in the reader's language. */
	static Text when(Timing timing, String language) {
		Locale locale = Locale.forLanguageTag(language);
		Text until = (timing.untilDate() != null)
				? Text.of("announce.when.until", "date", DATE.format(timing.untilDate())) : Text.literal("");
		return switch (timing.kind()) {
			case NOW -> Text.of("announce.when.now.text");
			case AT -> Text.of("announce.when.at.text", "at", Announcements.format(timing.at(), timing.zoneId()),
					"zone", timing.zone());
			case DAILY ->
				Text.of("announce.when.daily.text", "time", timing.time(), "zone", timing.zone(), "until", until);
			case WEEKLY -> Text.of("announce.when.weekly.text", "days",
					String.join(", ",
							timing.days()
								.stream()
								.sorted()
								.map((day) -> DayOfWeek.of(day).getDisplayName(TextStyle.FULL, locale))
								.toList()),
					"time", timing.time(), "zone", timing.zone(), "until", until);
			case MONTHLY -> Text.of("announce.when.monthly.text", "day", timing.monthDay(), "time", timing.time(),
					"zone", timing.zone(), "until", until);
		};
	}

	static Audience audience(Map<String, Object> data) {
		AudienceKind kind = AudienceKind.valueOf(data.get("kind").toString());
		@SuppressWarnings("unchecked")
		List<String> ids = (data.get("ids") instanceof List<?> list) ? (List<String>) list : List.of();
		return new Audience(kind, data.get("area").toString(), ids);
	}

	static Timing timing(Map<String, Object> data, ZoneId zone) {
		String when = String.valueOf(data.get("when"));
		String until = "none".equals(data.get("until")) ? null : (String) data.get("until");
		String time = (String) data.get("time");
		@SuppressWarnings("unchecked")
		List<String> days = (data.get("days") instanceof List<?> list) ? (List<String>) list : List.of();
		return switch (when) {
			case "at" -> Timing.at(Instant.parse(data.get("at").toString()), zone);
			case "daily" -> new Timing(Timing.Kind.DAILY, null, time, List.of(), null, until, zone.getId());
			case "weekly" -> new Timing(Timing.Kind.WEEKLY, null, time, days.stream().map(Integer::valueOf).toList(),
					null, until, zone.getId());
			case "monthly" -> new Timing(Timing.Kind.MONTHLY, null, time, List.of(),
					Integer.valueOf(data.get("mday").toString()), until, zone.getId());
			default -> Timing.now(zone);
		};
	}

	/** The time zone of the audience's area. */
	ZoneId zone(Conversation conversation) {
		return this.areas.timeZone(conversation.text("area"));
	}

	static Map<String, String> versions(Map<String, Object> data) {
		Map<String, String> versions = new java.util.TreeMap<>();
		data.forEach((key, value) -> {
			if (key.startsWith("v:")) {
				versions.put(key.substring(2), value.toString());
			}
		});
		return versions;
	}

	/** The voice notes recorded so far, by language (Telegram file ids). */
	static Map<String, String> voices(Map<String, Object> data) {
		Map<String, String> voices = new java.util.TreeMap<>();
		data.forEach((key, value) -> {
			if (key.startsWith("voice:")) {
				voices.put(key.substring("voice:".length()), value.toString());
			}
		});
		return voices;
	}

	static Map<String, Integer> counts(Map<String, Object> data) {
		Map<String, Integer> counts = new HashMap<>();
		data.forEach((key, value) -> {
			if (key.startsWith("n:") && value instanceof Number number) {
				counts.put(key.substring(2), number.intValue());
			}
		});
		return counts;
	}

	/**
	 * The data with the audience chosen: its languages counted once, for the composer.
	 */
	Map<String, Object> withAudience(Conversation conversation, Audience audience) {
		Map<String, Object> data = new HashMap<>(conversation.data());
		data.keySet().removeIf((key) -> key.startsWith("n:"));
		data.put("kind", audience.kind().name());
		data.put("area", audience.areaId());
		data.put("ids", audience.ids());
		this.audiences.reach(audience, List.of(), false)
			.byLanguage()
			.forEach((language, count) -> data.put("n:" + language, count));
		return data;
	}

	static Button button(String key, String action, String arg) {
		return Button.of(Text.of(key), CallbackData.of(PREFIX, action, arg));
	}

	private static Keyboard cancelOnly() {
		return Keyboard.of(List.of(button("announce.cancel", "x", "")));
	}

	private static Reply reply(Reply.Kind kind, Text text, Keyboard keyboard) {
		return (kind == Reply.Kind.EDIT) ? Reply.edit(text, keyboard) : Reply.message(text, keyboard);
	}

	static LocalTime parseTime(String text) {
		Matcher m = TIME.matcher(text.trim());
		return m.matches() ? LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
	}

	/**
	 * A date as people write it here, day first ({@code 24/12/2026}, {@code 24-12},
	 * {@code 24.12.2026}) or ISO ({@code 2026-12-24}); without a year, the next such day.
	 */
	static LocalDate parseDate(String text, LocalDate today) {
		Matcher iso = ISO_DATE.matcher(text.trim());
		Matcher dayFirst = DAY_FIRST.matcher(text.trim());
		try {
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			if (dayFirst.matches()) {
				int day = Integer.parseInt(dayFirst.group(1));
				int month = Integer.parseInt(dayFirst.group(2));
				if (dayFirst.group(3) != null) {
					return LocalDate.of(Integer.parseInt(dayFirst.group(3)), month, day);
				}
				LocalDate date = LocalDate.of(today.getYear(), month, day);
				return date.isBefore(today) ? date.plusYears(1) : date;
			}
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
		return null;
	}

}
