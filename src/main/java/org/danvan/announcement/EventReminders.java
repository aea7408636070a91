package org.danvan.announcement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import org.danvan.access.Member;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Reply;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reminders of announced events: whoever got an announcement with an event may ask to be
 * reminded; one scheduled run per announcement, a set time before the event, reminds all
 * who asked, each in their language. Who asked is kept in one document per announcement
 * ({@code event_reminders}).
 */
@Component
public class EventReminders implements TimedTask {

	static final String TASK = "announcement.remind";

	private static final String COLLECTION = "event_reminders";

	private final MongoTemplate mongo;

	private final Schedules schedules;

	private final Broadcasts broadcasts;

	private final MemberManagement members;

	private final AreaManagement areas;

	private final Languages languages;

	private final AudienceMembers audiences;

	private final AnnouncementSettings settings;

	private final Clock clock;

	EventReminders(MongoTemplate mongo, Schedules schedules, Broadcasts broadcasts, MemberManagement members,
			AreaManagement areas, Languages languages, AudienceMembers audiences, AnnouncementSettings settings,
			Clock clock) {
		this.audiences = audiences;
		this.mongo = mongo;
		this.schedules = schedules;
		this.broadcasts = broadcasts;
		this.members = members;
		this.areas = areas;
		this.languages = languages;
		this.settings = settings;
		this.clock = clock;
	}

	/** What came of asking for a reminder. */
	public enum Asked {

		/** They will be reminded. */
		ADDED,

		/** They had already asked. */
		ALREADY,

		/** The reminder has gone, or the event is over: nothing to remind of. */
		TOO_LATE,

		/** The announcement has no event, or did not reach them. */
		NONE

	}

	@Override
	public String name() {
		return TASK;
	}

	/** When those who ask are reminded of the announcement's event. */
	public Instant remindAt(Announcement announcement) {
		Instant at = announcement.eventAt().minus(this.settings.remindBefore());
		return at.isBefore(announcement.createdAt()) ? announcement.createdAt() : at;
	}

	void schedule(Announcement announcement) {
		if (announcement.eventAt() != null) {
			this.schedules.once(key(announcement.id()), remindAt(announcement), TASK, Map.of("id", announcement.id()));
		}
	}

	void cancel(String announcementId) {
		this.schedules.cancel(key(announcementId));
	}

	/** A person who got the announcement asks to be reminded of its event. */
	public Asked ask(Announcement announcement, long memberId) {
		if (announcement.eventAt() == null || announcement.lastJob() == null
				|| !this.broadcasts.reached(announcement.lastJob(), memberId)) {
			return Asked.NONE;
		}
		if (this.schedules.nextRun(key(announcement.id())).isEmpty()
				|| !this.clock.instant().isBefore(announcement.eventAt())) {
			return Asked.TOO_LATE;
		}
		Document before = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(announcement.id())),
				new Update().addToSet("members", memberId),
				FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
		boolean already = before != null
				&& before.getList("members", Number.class).stream().anyMatch((id) -> id.longValue() == memberId);
		return already ? Asked.ALREADY : Asked.ADDED;
	}

	@Override
	public void run(Map<String, String> data) {
		Announcement announcement = this.mongo.findById(data.get("id"), Announcement.class);
		Document reminders = this.mongo.findById(data.get("id"), Document.class, COLLECTION);
		if (announcement == null || reminders == null || announcement.status() == AnnouncementStatus.CANCELLED) {
			return;
		}
		List<Long> ids = reminders.getList("members", Number.class).stream().map(Number::longValue).toList();
		String areaLanguage = this.areas.area(announcement.areaId()).map(Area::defaultLanguage).orElse(null);
		List<Broadcasts.Recipient> recipients = new ArrayList<>();
		for (Member member : this.members.members(ids)) {
			String language = this.languages.isSupported(member.language()) ? member.language()
					: this.languages.defaultLanguage();
			Optional.ofNullable(this.audiences.version(language, areaLanguage, announcement.versions().keySet()))
				.ifPresent((version) -> recipients.add(new Broadcasts.Recipient(member.id(), version)));
		}
		Map<String, Reply> replies = new LinkedHashMap<>();
		announcement.versions()
			.forEach((language, html) -> replies.put(language, Reply.message(Text.of("announcement.reminder", "area",
					this.areas.area(announcement.areaId()).map((a) -> a.name(language)).orElse(announcement.areaId()),
					"at", Announcements.format(announcement.eventAt(), announcement.timing().zoneId()), "body",
					Announcements.body(html)))
				.withVoice(announcement.voices().get(language))));
		this.broadcasts.start("ann-" + announcement.id() + "-reminder", replies, recipients);
	}

	private static String key(String announcementId) {
		return "ann:" + announcementId + ":reminder";
	}

}
