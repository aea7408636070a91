package org.danvan.announcement.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.announcement.Announcement;
import org.danvan.announcement.Announcements;
import org.danvan.announcement.PaidBroadcast;
import org.danvan.announcement.Audience;
import org.danvan.announcement.AudienceKind;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The composer's buttons. Each press must belong to the step the conversation is at, and
 * every area, village or group it names is checked against what the sender may announce
 * to; the confirmation checks it all again.
 */
@Component
class AnnounceCallbacks implements CallbackHandler {

	private final Conversations conversations;

	private final AnnounceSteps steps;

	private final AnnouncementAccess access;

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final Announcements announcements;

	private final Languages languages;

	AnnounceCallbacks(Conversations conversations, AnnounceSteps steps, AnnouncementAccess access, AreaManagement areas,
			EnrollmentManagement enrollment, Announcements announcements, Languages languages) {
		this.conversations = conversations;
		this.steps = steps;
		this.access = access;
		this.areas = areas;
		this.enrollment = enrollment;
		this.announcements = announcements;
		this.languages = languages;
	}

	@Override
	public String prefix() {
		return AnnounceSteps.PREFIX;
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
		Optional<Conversation> open = this.conversations.find(inbound.chatId())
			.filter((c) -> AnnounceSteps.FLOW.equals(c.flow()));
		if (open.isEmpty()) {
			return stale();
		}
		Conversation conversation = open.get();
		if ("x".equals(data.action())) {
			this.conversations.end(conversation);
			return List.of(Reply.edit(Text.of("conversation.cancelled"), Keyboard.NONE));
		}
		if (!conversation.step().equals(stepOf(data.action()))) {
			return stale();
		}
		return switch (data.action()) {
			case "kind" -> kind(conversation, data.arg(), sender);
			case "area" -> area(conversation, data.arg(), sender);
			case "pick" -> pick(conversation, data.arg(), sender);
			case "vil" -> village(conversation, data.arg(), sender);
			case "vok" -> villagesDone(conversation, data.arg(), sender);
			case "grp" -> group(conversation, data.arg(), sender);
			case "lang" -> language(conversation, data.arg(), sender);
			case "next" -> next(conversation, conversation.with("versionsDone", "y"), sender);
			case "urg" -> "y".equals(data.arg()) || "n".equals(data.arg())
					? next(conversation, conversation.with("urgent", data.arg()), sender) : stale();
			case "when" -> List.of("now", "at", "daily", "weekly", "monthly").contains(data.arg())
					? next(conversation, conversation.with("when", data.arg()), sender) : stale();
			case "wd" -> weekday(conversation, data.arg(), sender);
			case "wdok" -> next(conversation, conversation.with("daysDone", "y"), sender);
			case "noend" -> next(conversation, conversation.with("until", "none"), sender);
			case "noevt" -> next(conversation, conversation.with("event", "none"), sender);
			case "edit" -> List.of(Reply.edit(Text.of("announce.edit.what"),
					Keyboard.of(
							List.of(AnnounceSteps.button("announce.edit.audience", "ed", "aud"),
									AnnounceSteps.button("announce.edit.texts", "ed", "txt")),
							List.of(AnnounceSteps.button("announce.edit.urgency", "ed", "urg"),
									AnnounceSteps.button("announce.edit.time", "ed", "when")))));
			case "ed" -> edit(conversation, data.arg(), sender);
			case "ok" -> confirm(conversation, sender);
			default -> stale();
		};
	}

	private static String stepOf(String action) {
		return switch (action) {
			case "kind" -> "kind";
			case "area", "pick", "vil", "vok", "grp" -> "area";
			case "lang", "next" -> "versions";
			case "urg" -> "urgency";
			case "when" -> "timing";
			case "wd", "wdok" -> "days";
			case "noend" -> "until";
			case "noevt" -> "event";
			default -> "preview";
		};
	}

	private List<Reply> kind(Conversation conversation, String arg, Sender sender) {
		AudienceKind kind;
		try {
			kind = AudienceKind.valueOf(arg);
		}
		catch (IllegalArgumentException ex) {
			return stale();
		}
		if (kind != AudienceKind.GROUP && !AnnouncementAccess.isOfficer(sender)) {
			return denied();
		}
		Map<String, Object> data = new HashMap<>(conversation.with("kind", kind.name()));
		data.remove("ids");
		return next(conversation, data, sender);
	}

	private List<Reply> area(Conversation conversation, String areaId, Sender sender) {
		Optional<Area> area = this.areas.area(areaId);
		if (area.isEmpty()) {
			return stale();
		}
		AudienceKind kind = AudienceKind.valueOf(conversation.text("kind"));
		if (!this.access.may(sender, kind, area.get().id())) {
			return denied();
		}
		return List.of(this.steps.areaChoice(conversation, area.get(), sender, Reply.Kind.EDIT));
	}

	private List<Reply> pick(Conversation conversation, String areaId, Sender sender) {
		AudienceKind kind = AudienceKind.valueOf(conversation.text("kind"));
		if (kind == AudienceKind.GROUP || kind == AudienceKind.VILLAGES || this.areas.area(areaId).isEmpty()) {
			return stale();
		}
		if (!this.access.may(sender, kind, areaId)) {
			return denied();
		}
		return chosen(conversation, new Audience(kind, areaId, List.of()), sender);
	}

	private List<Reply> village(Conversation conversation, String villageId, Sender sender) {
		Optional<Area> village = this.areas.area(villageId).filter(Area::isVillage);
		if (village.isEmpty() || !AudienceKind.VILLAGES.name().equals(conversation.text("kind"))) {
			return stale();
		}
		if (!this.access.may(sender, AudienceKind.VILLAGES, villageId)) {
			return denied();
		}
		List<String> ticked = new ArrayList<>(conversation.list("ids"));
		boolean sameCommune = ticked.stream()
			.allMatch((id) -> this.areas.area(id).map(Area::parentId).orElse("").equals(village.get().parentId()));
		if (!sameCommune) {
			ticked.clear();
		}
		if (!ticked.remove(villageId)) {
			ticked.add(villageId);
		}
		Optional<Conversation> moved = this.conversations.advance(conversation, "area",
				conversation.with("ids", ticked));
		if (moved.isEmpty()) {
			return stale();
		}
		Area commune = this.areas.area(village.get().parentId()).orElseThrow();
		return List.of(this.steps.areaChoice(moved.get(), commune, sender, Reply.Kind.EDIT));
	}

	private List<Reply> villagesDone(Conversation conversation, String communeId, Sender sender) {
		List<String> ticked = conversation.list("ids");
		boolean valid = !ticked.isEmpty() && ticked.stream()
			.allMatch((id) -> this.areas.area(id)
				.filter((v) -> v.isVillage() && communeId.equals(v.parentId()))
				.isPresent());
		if (!valid) {
			return stale();
		}
		if (!ticked.stream().allMatch((id) -> this.access.may(sender, AudienceKind.VILLAGES, id))) {
			return denied();
		}
		return chosen(conversation, new Audience(AudienceKind.VILLAGES, communeId, ticked), sender);
	}

	private List<Reply> group(Conversation conversation, String groupId, Sender sender) {
		Optional<SelfManagedGroup> group = this.enrollment.group(groupId);
		if (group.isEmpty() || !AudienceKind.GROUP.name().equals(conversation.text("kind"))) {
			return stale();
		}
		if (!this.access.may(sender, AudienceKind.GROUP, group.get().villageId())) {
			return denied();
		}
		return chosen(conversation, new Audience(AudienceKind.GROUP, group.get().villageId(), List.of(groupId)),
				sender);
	}

	private List<Reply> chosen(Conversation conversation, Audience audience, Sender sender) {
		return next(conversation, this.steps.withAudience(conversation, audience), sender);
	}

	private List<Reply> language(Conversation conversation, String language, Sender sender) {
		if (!this.languages.isSupported(language) || !this.languages.supported().contains(language)) {
			return stale();
		}
		return next(conversation, conversation.with("lang", language), sender);
	}

	private List<Reply> weekday(Conversation conversation, String day, Sender sender) {
		if (!day.matches("[1-7]")) {
			return stale();
		}
		List<String> days = new ArrayList<>(conversation.list("days"));
		if (!days.remove(day)) {
			days.add(day);
		}
		Optional<Conversation> moved = this.conversations.advance(conversation, "days",
				conversation.with("days", days));
		return moved.map((c) -> this.steps.ask(c, sender, Reply.Kind.EDIT)).orElseGet(AnnounceCallbacks::stale);
	}

	private List<Reply> edit(Conversation conversation, String part, Sender sender) {
		Map<String, Object> data = new HashMap<>(conversation.data());
		List<String> forget = switch (part) {
			case "aud" -> List.of("kind", "area", "ids");
			case "txt" -> List.of("versionsDone");
			case "urg" -> List.of("urgent");
			case "when" -> List.of("when", "at", "days", "daysDone", "mday", "time", "until", "event");
			default -> null;
		};
		if (forget == null) {
			return stale();
		}
		data.keySet().removeAll(forget);
		return next(conversation, data, sender);
	}

	private List<Reply> confirm(Conversation conversation, Sender sender) {
		Audience audience = AnnounceSteps.audience(conversation.data());
		if (!this.access.may(sender, audience)) {
			this.conversations.end(conversation);
			return denied();
		}
		if (!this.conversations.end(conversation)) {
			return stale();
		}
		Announcement announcement = this.announcements.create(sender.userId(), audience,
				"y".equals(conversation.text("urgent")), AnnounceSteps.versions(conversation.data()),
				AnnounceSteps.voices(conversation.data()), conversation.text("photo"), conversation.text("doc"),
				AnnounceSteps.timing(conversation.data(), this.steps.zone(conversation)),
				AnnounceSteps.eventAt(conversation.data()),
				this.steps.paidQuote(conversation).map(PaidBroadcast.Quote::ceiling).orElse(0L));
		return List.of(Reply.edit(Text.of("announce.confirmed", "code", announcement.id(), "when",
				AnnounceSteps.when(announcement.timing(), sender.language())), Keyboard.NONE));
	}

	private List<Reply> next(Conversation conversation, Map<String, Object> data, Sender sender) {
		return this.steps.next(conversation, data, sender, Reply.Kind.EDIT);
	}

	private static List<Reply> stale() {
		return List.of(Reply.toast(Text.of("announce.stale")));
	}

	private static List<Reply> denied() {
		return List.of(Reply.toast(Text.of("announce.not-your-area")));
	}

}
