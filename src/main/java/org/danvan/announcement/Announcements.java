package org.danvan.announcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Html;
import org.danvan.i18n.Text;
import org.danvan.scheduling.Misfire;
import org.danvan.shared.RandomCodes;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The announcement feature's public face: stores what an officer composed, schedules it
 * (every run from what is stored, so a restart gives Quartz every pending one again), and
 * at each run finds the audience and hands one delivery per person to the gateway.
 * <p>
 * Misfire rule: a one-off whose time passed while the bot was down goes when it starts
 * again, unless it is later than the late limit (then it is marked missed); a recurring
 * one skips the runs it missed and keeps to its rule. Normal announcements due in the
 * area's quiet hours wait for their end; urgent ones never wait.
 */
@Service
public class Announcements implements TimedTask {

	private static final Logger log = LoggerFactory.getLogger(Announcements.class);

	static final String TASK = "announcement.run";

	/** The prefix of the "remind me" button's data. */
	public static final String REMINDER_PREFIX = "anr";

	private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy HH:mm");

	private final MongoTemplate mongo;

	private final Schedules schedules;

	private final Broadcasts broadcasts;

	private final AudienceMembers audiences;

	private final AreaManagement areas;

	private final AnnouncementSettings settings;

	private final EventReminders reminders;

	private final Clock clock;

	private final PaidBroadcast paid;

	Announcements(MongoTemplate mongo, Schedules schedules, Broadcasts broadcasts, AudienceMembers audiences,
			AreaManagement areas, AnnouncementSettings settings, EventReminders reminders, Clock clock,
			PaidBroadcast paid) {
		this.paid = paid;
		this.reminders = reminders;
		this.mongo = mongo;
		this.schedules = schedules;
		this.broadcasts = broadcasts;
		this.audiences = audiences;
		this.areas = areas;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return TASK;
	}

	/** Stores a composed announcement, sent at the free rate, and schedules it. */
	public Announcement create(long by, Audience audience, boolean urgent, Map<String, String> versions,
			String photoFileId, String documentFileId, Timing timing, Instant eventAt) {
		return create(by, audience, urgent, versions, photoFileId, documentFileId, timing, eventAt, 0);
	}

	/**
	 * Stores a composed announcement under a fresh code and schedules it; an urgent one
	 * may spend up to {@code paidStars} a run as paid broadcast.
	 */
	public Announcement create(long by, Audience audience, boolean urgent, Map<String, String> versions,
			String photoFileId, String documentFileId, Timing timing, Instant eventAt, long paidStars) {
		return create(by, audience, urgent, versions, Map.of(), photoFileId, documentFileId, timing, eventAt,
				paidStars);
	}

	/**
	 * Stores a composed announcement whose versions may carry a voice note, by language;
	 * a version that is only a voice note has an empty text in {@code versions}.
	 */
	public Announcement create(long by, Audience audience, boolean urgent, Map<String, String> versions,
			Map<String, String> voices, String photoFileId, String documentFileId, Timing timing, Instant eventAt,
			long paidStars) {
		Area area = this.areas.area(audience.areaId()).orElseThrow();
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("An announcement needs a text");
		}
		for (int attempt = 0;; attempt++) {
			Announcement announcement = new Announcement(RandomCodes.of(RandomCodes.UPPER, 6), by, audience,
					area.path(), urgent, versions, photoFileId, documentFileId, timing,
					timing.recurring() ? null : eventAt,
					timing.recurring() ? AnnouncementStatus.RECURRING : AnnouncementStatus.SCHEDULED, 0, List.of(),
					this.clock.instant(), urgent ? paidStars : 0, voices);
			try {
				this.mongo.insert(announcement);
				schedule(announcement);
				this.reminders.schedule(announcement);
				return announcement;
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	public Optional<Announcement> find(String id) {
		return (id == null || id.isEmpty()) ? Optional.empty()
				: Optional.ofNullable(this.mongo.findById(id, Announcement.class));
	}

	/**
	 * The newest announcements of these areas and of the areas beneath them (a scan of
	 * the announcements, which are few).
	 */
	public List<Announcement> within(Collection<String> areaIds, int limit) {
		Query query = (areaIds == null) ? new Query() : Query.query(Criteria.where("path").in(areaIds));
		return this.mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), Announcement.class);
	}

	/**
	 * The message recipients of one version get, in that version's language, with the
	 * time of the event it announces ({@code eventAt} may be {@code null}).
	 */
	public Text message(String areaId, boolean urgent, String html, String language, Instant eventAt) {
		String area = this.areas.area(areaId).map((a) -> a.name(language)).orElse(areaId);
		Text event = (eventAt != null)
				? Text.of("announcement.event", "at", format(eventAt, this.areas.timeZone(areaId))) : Text.literal("");
		return Text.of("announcement.message", "urgent", urgent ? "yes" : "no", "area", area, "body", body(html),
				"event", event);
	}

	/** A version's text, or a word that its voice note came just before. */
	static Object body(String html) {
		return html.isBlank() ? Text.of("announcement.voice-only") : new Html(html);
	}

	/** A date and time as people here write it, in the zone. */
	public static String format(Instant at, java.time.ZoneId zone) {
		return DATE_TIME.format(at.atZone(zone));
	}

	/** The quiet hours of an area, if it has any. */
	public Optional<QuietHours> quietHours(String areaId) {
		return this.areas.area(areaId).flatMap((area) -> this.settings.quietHoursFor(area.path()));
	}

	/** When it runs next, if it does. */
	public Optional<Instant> nextRun(Announcement announcement) {
		return this.schedules.nextRun(key(announcement.id())).or(() -> this.schedules.nextRun(quietKey(announcement)));
	}

	/** Where its last run's deliveries stand. */
	public Optional<Broadcasts.Progress> progress(Announcement announcement) {
		return Optional.ofNullable(announcement.lastJob()).flatMap(this.broadcasts::progress);
	}

	/** Cancels one not yet sent, or a rule; false if it had already ended. */
	public boolean cancel(String id) {
		Optional<Announcement> cancelled = change(id,
				List.of(AnnouncementStatus.SCHEDULED, AnnouncementStatus.RECURRING, AnnouncementStatus.PAUSED),
				AnnouncementStatus.CANCELLED);
		cancelled.ifPresent((announcement) -> {
			if (announcement.timing().recurring()) {
				this.schedules.stopRecurring(key(id));
			}
			else {
				this.schedules.cancel(key(id));
			}
			this.schedules.cancel(quietKey(announcement));
			this.reminders.cancel(id);
		});
		return cancelled.isPresent();
	}

	/** Pauses a rule; false if it was not running. */
	public boolean pause(String id) {
		Optional<Announcement> paused = change(id, List.of(AnnouncementStatus.RECURRING), AnnouncementStatus.PAUSED);
		paused.ifPresent((announcement) -> {
			this.schedules.stopRecurring(key(id));
			this.schedules.cancel(quietKey(announcement));
		});
		return paused.isPresent();
	}

	/** Resumes a paused rule from its next time; false if it was not paused. */
	public boolean resume(String id) {
		Optional<Announcement> resumed = change(id, List.of(AnnouncementStatus.PAUSED), AnnouncementStatus.RECURRING);
		resumed.ifPresent(this::schedule);
		return resumed.isPresent();
	}

	/** Sends its last run again to those it failed to reach; returns how many. */
	public int resendFailed(String id) {
		return find(id).map(Announcement::lastJob).map(this.broadcasts::retryFailed).orElse(0);
	}

	@Override
	public void run(Map<String, String> data) {
		Announcement announcement = find(data.get("id")).orElse(null);
		if (announcement == null || (announcement.status() != AnnouncementStatus.SCHEDULED
				&& announcement.status() != AnnouncementStatus.RECURRING)) {
			return;
		}
		Instant now = this.clock.instant();
		Timing timing = announcement.timing();
		if (timing.recurring() && pastLastDay(timing, now)) {
			end(announcement);
			return;
		}
		if (!announcement.urgent() && !"true".equals(data.get("deferred"))) {
			Optional<Instant> wait = this.settings.quietHoursFor(announcement.path())
				.flatMap((quiet) -> quiet.deferredUntil(now, timing.zoneId()));
			if (wait.isPresent()) {
				log.info("Announcement {} waits for the end of quiet hours at {}", announcement.id(), wait.get());
				this.schedules.once(quietKey(announcement), wait.get(), TASK,
						Map.of("id", announcement.id(), "deferred", "true", "due", wait.get().toString()));
				return;
			}
		}
		if (!timing.recurring() && tooLate(announcement, data, now)) {
			change(announcement.id(), List.of(AnnouncementStatus.SCHEDULED), AnnouncementStatus.MISSED);
			log.warn("Announcement {} missed: its time passed more than {} ago", announcement.id(),
					this.settings.lateLimit());
			return;
		}
		send(announcement);
		if (timing.recurring() && this.schedules.nextRun(key(announcement.id()))
			.filter((next) -> pastLastDay(timing, next))
			.isPresent()) {
			end(announcement);
		}
	}

	private void send(Announcement announcement) {
		Announcement counted = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(announcement.id())),
				new Update().inc("runs", 1), FindAndModifyOptions.options().returnNew(true), Announcement.class);
		if (counted == null) {
			return;
		}
		String job = "ann-" + counted.id() + "-" + counted.runs();
		List<String> jobs = new ArrayList<>(counted.jobs());
		jobs.add(job);
		Update update = new Update().set("jobs",
				jobs.subList(Math.max(0, jobs.size() - this.settings.maxRuns()), jobs.size()));
		if (!counted.timing().recurring()) {
			update.set("status", AnnouncementStatus.SENT);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(counted.id())), update, Announcement.class);
		Reach reach = this.audiences.reach(counted.audience(), counted.versions().keySet(), counted.urgent());
		List<Broadcasts.Recipient> recipients = new ArrayList<>();
		for (Reach.Recipient recipient : reach.recipients()) {
			recipients.add(new Broadcasts.Recipient(recipient.memberId(), recipient.version()));
		}
		for (AnnouncementSettings.Channel channel : this.settings.channels()) {
			if (counted.path().contains(channel.area()) && counted.versions().containsKey(channel.language())) {
				recipients.add(new Broadcasts.Recipient(channel.chatId(), channel.language()));
			}
		}
		Map<String, Reply> replies = replies(counted);
		long messages = recipients.stream().mapToLong((r) -> Broadcasts.calls(replies.get(r.version()))).sum();
		long paid = this.paid.reserve(counted, messages);
		if (paid > 0) {
			this.broadcasts.startPaid(job, replies, recipients, paid);
		}
		else {
			this.broadcasts.start(job, replies, recipients);
		}
		log.info("Announcement {} run {} handed to {} recipients", counted.id(), counted.runs(), recipients.size());
	}

	/** Each version as its recipients get it. */
	Map<String, Reply> replies(Announcement announcement) {
		Map<String, Reply> replies = new LinkedHashMap<>();
		Keyboard keyboard = (announcement.eventAt() != null) ? Keyboard.of(List.of(Button
			.of(Text.of("announcement.remind-me"), CallbackData.of(REMINDER_PREFIX, "rem", announcement.id()))))
				: Keyboard.NONE;
		announcement.versions().forEach((language, html) -> {
			Reply reply = Reply.message(
					message(announcement.areaId(), announcement.urgent(), html, language, announcement.eventAt()),
					keyboard);
			if (announcement.photoFileId() != null) {
				reply = reply.withPhotos(List.of(announcement.photoFileId()));
			}
			if (announcement.documentFileId() != null) {
				reply = reply.withDocument(announcement.documentFileId());
			}
			replies.put(language, reply.withVoice(announcement.voices().get(language)));
		});
		return replies;
	}

	private boolean tooLate(Announcement announcement, Map<String, String> data, Instant now) {
		Instant due = (data.get("due") != null) ? Instant.parse(data.get("due"))
				: (announcement.timing().at() != null) ? announcement.timing().at() : announcement.createdAt();
		return Duration.between(due, now).compareTo(this.settings.lateLimit()) > 0;
	}

	private static boolean pastLastDay(Timing timing, Instant at) {
		LocalDate until = timing.untilDate();
		return until != null && at.atZone(timing.zoneId()).toLocalDate().isAfter(until);
	}

	private void end(Announcement announcement) {
		this.schedules.stopRecurring(key(announcement.id()));
		change(announcement.id(), List.of(AnnouncementStatus.RECURRING), AnnouncementStatus.ENDED);
	}

	private void schedule(Announcement announcement) {
		Timing timing = announcement.timing();
		String key = key(announcement.id());
		Map<String, String> data = Map.of("id", announcement.id());
		switch (timing.kind()) {
			case NOW -> this.schedules.once(key, announcement.createdAt(), TASK, data);
			case AT -> this.schedules.once(key, timing.at(), TASK, data);
			default -> this.schedules.at(key, timing.localTime(), timing.cronDays(), timing.zoneId(), TASK, data,
					Misfire.SKIP);
		}
	}

	private Optional<Announcement> change(String id, List<AnnouncementStatus> from, AnnouncementStatus to) {
		return Optional
			.ofNullable(this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").in(from)),
					Update.update("status", to), FindAndModifyOptions.options().returnNew(true), Announcement.class));
	}

	private static String key(String id) {
		return "ann:" + id;
	}

	/** The key of the wait, in quiet hours, of its next run. */
	private static String quietKey(Announcement announcement) {
		return key(announcement.id()) + ":quiet:" + (announcement.runs() + 1);
	}

}
