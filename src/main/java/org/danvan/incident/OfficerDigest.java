package org.danvan.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.danvan.access.Member;
import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.scheduling.Misfire;
import org.danvan.scheduling.ScheduledJob;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Lane;
import org.danvan.telegram.Messenger;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every morning (at {@code danvan.incidents.digest-at} in each province's time zone) each
 * officer gets the reports of the last 24 hours in their areas by category and status,
 * the urgent ones nobody acknowledged, and the oldest open ones with a button each, then
 * the map of the open ones. Read from the per-day and open-incident documents, never by
 * scanning the incidents.
 */
@Component
class OfficerDigest implements TimedTask {

	static final String TASK = "incident.digest";

	static final int OLDEST = 3;

	static final String MAPS_SENT = "officer_digest_maps";

	private final Incidents incidents;

	private final IncidentManagement management;

	private final MemberManagement members;

	private final AreaManagement areas;

	private final IncidentNotices notices;

	private final Schedules schedules;

	private final IncidentSettings settings;

	private final Clock clock;

	private final Preferences preferences;

	private final IncidentMaps maps;

	private final Messenger messenger;

	private final MongoTemplate mongo;

	OfficerDigest(Incidents incidents, IncidentManagement management, MemberManagement members, AreaManagement areas,
			IncidentNotices notices, Schedules schedules, IncidentSettings settings, Clock clock,
			Preferences preferences, IncidentMaps maps, Messenger messenger, MongoTemplate mongo) {
		this.maps = maps;
		this.messenger = messenger;
		this.mongo = mongo;
		this.preferences = preferences;
		this.incidents = incidents;
		this.management = management;
		this.members = members;
		this.areas = areas;
		this.notices = notices;
		this.schedules = schedules;
		this.settings = settings;
		this.clock = clock;
	}

	private static final String KEY = "digest-officers-";

	@Override
	public String name() {
		return TASK;
	}

	/**
	 * One daily schedule per province, in its time zone, and one per area with a time of
	 * its own; none when the time is empty. Schedules of areas that no longer have their
	 * own time stop.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		for (Area province : this.areas.provinces()) {
			this.schedules.daily(KEY + province.id(), this.settings.digestTime(), this.areas.timeZone(province.id()),
					TASK, Map.of("area", province.id()), Misfire.RUN_ONCE);
		}
		for (String areaId : this.settings.digestAtByArea().keySet()) {
			this.areas.area(areaId)
				.ifPresent((area) -> this.schedules.daily(KEY + area.id(), this.settings.ownDigestTime(area.id()),
						this.areas.timeZone(area.id()), TASK, Map.of("area", area.id()), Misfire.RUN_ONCE));
		}
		this.schedules.jobs()
			.stream()
			.map(ScheduledJob::key)
			.filter((key) -> key.startsWith(KEY))
			.map((key) -> key.substring(KEY.length()))
			.filter((areaId) -> this.areas.area(areaId).filter((area) -> area.parentId() != null).isPresent()
					&& !this.settings.digestAtByArea().containsKey(areaId))
			.forEach((areaId) -> this.schedules.stopRecurring(KEY + areaId));
	}

	/**
	 * The area whose digest schedule an officer follows: the nearest area above (or at)
	 * their first officer area that has a time of its own, else its province.
	 */
	private String digestArea(Member officer) {
		String home = officer.grants()
			.stream()
			.filter((grant) -> grant.role() == Role.OFFICER && !grant.everywhere())
			.map(Grant::areaId)
			.sorted()
			.findFirst()
			.orElse(null);
		List<String> path = (home != null) ? this.areas.area(home).map(Area::path).orElse(List.of()) : List.of();
		for (int i = path.size() - 1; i > 0; i--) {
			if (this.settings.digestAtByArea().containsKey(path.get(i))) {
				return path.get(i);
			}
		}
		return path.isEmpty() ? null : path.get(0);
	}

	@Override
	public void run(Map<String, String> data) {
		String area = data.get("area");
		Instant now = this.clock.instant();
		LocalDate day = now.atZone(this.areas.timeZone(area)).toLocalDate();
		// A digest depends only on the areas it covers (its texts are rendered per
		// reader), so
		// officers of the same areas share one.
		Map<List<String>, Reply> byScope = new java.util.HashMap<>();
		// The map is a picture, its legend drawn in one language: one per areas and
		// language.
		Map<List<Object>, Reply> maps = new java.util.HashMap<>();
		for (Member officer : this.members.holdersWithin(area)) {
			if (officer.grants().stream().map(Grant::role).anyMatch(Role.OFFICER::equals)
					&& area.equals(digestArea(officer))
					&& this.preferences.wants(officer.id(), Notice.OFFICER_DIGEST)) {
				List<String> scope = List.copyOf(this.management.scope(this.members.lookup(officer.id())));
				Sender reader = this.members.lookup(officer.id());
				Reply digest = byScope.computeIfAbsent(scope, (areas) -> digest(areas, now));
				Reply map = maps.computeIfAbsent(List.of(scope, reader.language()), (key) -> this.maps.map(reader));
				this.notices.tell("digest-" + day + "-" + officer.id(), officer.id(), digest, Lane.BULK);
				if (map.upload() != null && claim("map-" + day + "-" + officer.id())) {
					this.messenger.send(officer.id(), reader.language(), map);
				}
			}
		}
	}

	/**
	 * Whether the map {@code key} is still to be sent (a picture is not written down like
	 * the digest's text, so it is sent straight away, once).
	 */
	private boolean claim(String key) {
		try {
			this.mongo.insert(new Document("_id", key), MAPS_SENT);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Reports of one category in one status, counted together in a digest. */
	private record Kind(Category category, Status status) {

	}

	/** The digest of these areas now. */
	Reply digest(List<String> scope, Instant now) {
		List<Incident> reported = this.incidents.reportedSince(scope, now.minus(Duration.ofDays(1)), now);
		Map<Kind, Integer> counts = new TreeMap<>(Comparator.comparing(Kind::category).thenComparing(Kind::status));
		reported.forEach((incident) -> counts.merge(new Kind(incident.category(), incident.status()), 1, Integer::sum));
		List<Text> lines = new ArrayList<>();
		counts.forEach((kind, count) -> lines.add(Text.of("digest.officer.line", "category",
				Text.of(kind.category().key()), "status", Text.of(kind.status().key()), "count", count)));
		List<OpenIncidents.Entry> open = this.incidents.openIn(scope);
		long urgent = open.stream().filter((entry) -> entry.urgent() && entry.status() == Status.NEW).count();
		List<List<Button>> rows = open.stream()
			.sorted(Comparator.comparing(OpenIncidents.Entry::createdAt))
			.limit(OLDEST)
			.map((entry) -> List.of(Button.of(Text.literal(entry.code()),
					CallbackData.of(IncidentNotices.PREFIX, "open", entry.code()))))
			.toList();
		return Reply.message(Text.of("digest.officer", "count", reported.size(), "lines", lines, "urgent", urgent,
				"open", open.size()), new Keyboard(rows));
	}

}
