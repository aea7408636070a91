package org.danvan.enrollment.bot;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.danvan.access.Member;
import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentCount;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.EnrollmentSettings;
import org.danvan.enrollment.Patrols;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.scheduling.Misfire;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.Messenger;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Every week (Monday 07:00 in each province's time zone by default) each coordinator
 * gets, per area they coordinate: households and people with the week's change per
 * village, requests waiting, the groups that missed a patrol, the chart, then the
 * coverage map. One digest per coordinator, area and week, however often the task runs.
 */
@Component
public class CoordinatorDigest implements TimedTask {

	static final String TASK = "enrollment.weekly";

	static final String SENT = "enrollment_digests";

	private final MemberManagement members;

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final Patrols patrols;

	private final EnrollmentViews views;

	private final Messenger messenger;

	private final Schedules schedules;

	private final EnrollmentSettings settings;

	private final MongoTemplate mongo;

	private final Preferences preferences;

	CoordinatorDigest(MemberManagement members, AreaManagement areas, EnrollmentManagement enrollment, Patrols patrols,
			EnrollmentViews views, Messenger messenger, Schedules schedules, EnrollmentSettings settings,
			MongoTemplate mongo, Preferences preferences) {
		this.preferences = preferences;
		this.members = members;
		this.areas = areas;
		this.enrollment = enrollment;
		this.patrols = patrols;
		this.views = views;
		this.messenger = messenger;
		this.schedules = schedules;
		this.settings = settings;
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return TASK;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		String weekday = "? * " + this.settings.coordinatorDigestDay().name().substring(0, 3);
		for (Area province : this.areas.provinces()) {
			this.schedules.at("digest-coordinators-" + province.id(), this.settings.coordinatorDigestTime(), weekday,
					this.areas.timeZone(province.id()), TASK, Map.of("area", province.id()), Misfire.RUN_ONCE);
		}
	}

	/**
	 * Sends the digests of a province; {@code date} (optional, {@code yyyy-mm-dd}) is the
	 * day it is for, the week being the seven days before it.
	 */
	@Override
	public void run(Map<String, String> data) {
		String province = data.get("area");
		LocalDate today = data.containsKey("date") ? LocalDate.parse(data.get("date")) : this.patrols.today(province);
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		for (Member coordinator : this.members.holdersWithin(province)) {
			if (!this.preferences.wants(coordinator.id(), Notice.COORDINATOR_DIGEST)) {
				continue;
			}
			for (Grant grant : coordinator.grants()) {
				if (grant.role() == Role.COORDINATOR && this.areas.isWithin(grant.areaId(), province)
						&& claim("weekly-" + week + "-" + coordinator.id() + "-" + grant.areaId())) {
					Sender sender = this.members.lookup(coordinator.id());
					this.areas.area(grant.areaId()).ifPresent((area) -> {
						this.messenger.send(coordinator.id(), sender.language(), digest(area, sender, today));
						this.messenger.send(coordinator.id(), sender.language(), this.views.coverage(area, sender));
					});
				}
			}
		}
	}

	/** The digest of one area as its coordinator reads it, with the chart. */
	Reply digest(Area area, Sender sender, LocalDate today) {
		String language = sender.language();
		List<Area> villages = this.areas.villages(area.id()).stream().filter((v) -> !v.retired()).toList();
		List<String> ids = new ArrayList<>(villages.stream().map(Area::id).toList());
		ids.add(area.id());
		Map<String, EnrollmentCount> counts = this.enrollment.counts(ids);
		Map<String, long[]> change = this.enrollment.change(ids, today, 7);
		List<Text> lines = new ArrayList<>();
		for (Area village : villages.subList(0, Math.min(villages.size(), EnrollmentViews.MAX_LINES))) {
			lines.add(Text.of("enrollment.digest.line", "name", village.name(language), "households",
					counts.get(village.id()).households(), "change", change.get(village.id())[0]));
		}
		Patrols.Coverage walked = this.patrols.coverage(area.id(), null);
		List<String> missed = this.enrollment.groups(walked.missedGroups())
			.stream()
			.map(SelfManagedGroup::name)
			.sorted()
			.toList();
		EnrollmentCount total = counts.get(area.id());
		Text text = Text.of("enrollment.digest", "area", area.name(language), "date", today.toString(), "households",
				total.households(), "change", change.get(area.id())[0], "people", total.people(), "peopleChange",
				change.get(area.id())[1], "pending", total.pending(), "lines", lines, "missed",
				missed.isEmpty() ? Text.of("enrollment.digest.missed.none")
						: Text.of("enrollment.digest.missed", "groups", String.join(", ", missed)));
		return Reply.message(text).withUpload(this.views.chart(area, sender).upload());
	}

	private boolean claim(String key) {
		try {
			this.mongo.insert(new Document("_id", key), SENT);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
