package org.danvan.enrollment.bot;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.MapLayer;
import org.danvan.area.RoadSegment;
import org.danvan.enrollment.EnrollmentCount;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.Household;
import org.danvan.enrollment.Patrols;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.shared.Spreadsheet;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.Upload;

import org.springframework.stereotype.Component;

/**
 * What coordinators and officers read in {@code /enrollment}: an area's totals with a
 * line per area beneath it (or per group, in a village), drillable by buttons; a group's
 * households; pending requests; the chart and the CSV files. Totals come from the running
 * counts, a few documents read by id.
 */
@Component
class EnrollmentViews {

	static final String PREFIX = "enl";

	static final int MAX_PENDING_SHOWN = 10;

	/** Lines (and buttons) per view: Telegram allows 100 buttons and 4096 characters. */
	static final int MAX_LINES = 30;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final EnrollmentAccess access;

	private final EnrollmentNotices notices;

	private final Texts texts;

	private final Patrols patrols;

	EnrollmentViews(AreaManagement areas, EnrollmentManagement enrollment, EnrollmentAccess access,
			EnrollmentNotices notices, Texts texts, Patrols patrols) {
		this.patrols = patrols;
		this.areas = areas;
		this.enrollment = enrollment;
		this.access = access;
		this.notices = notices;
		this.texts = texts;
	}

	/**
	 * The totals of an area, a line per area or group beneath it, and where to go next.
	 */
	Reply area(Area area, Sender sender, Reply.Kind kind) {
		String language = sender.language();
		List<Area> children = this.areas.children(area.id()).stream().filter((a) -> !a.retired()).toList();
		List<SelfManagedGroup> allGroups = area.isVillage() ? this.enrollment.groupsOf(area.id()) : List.of();
		List<SelfManagedGroup> groups = allGroups.subList(0, Math.min(allGroups.size(), MAX_LINES));
		List<String> ids = new ArrayList<>();
		ids.add(area.id());
		children.forEach((child) -> ids.add(child.id()));
		groups.forEach((group) -> ids.add("g:" + group.id()));
		Map<String, EnrollmentCount> counts = this.enrollment.counts(ids);
		EnrollmentCount total = counts.get(area.id());
		List<Text> lines = new ArrayList<>();
		List<Button> buttons = new ArrayList<>();
		for (Area child : children) {
			EnrollmentCount count = counts.get(child.id());
			lines.add(Text.of("enrollment.line", "name", child.name(language), "groups", count.groups(), "households",
					count.households(), "people", count.people(), "markers", count.markers(), "markerTotal",
					child.markerCount()));
			buttons.add(Button.of(Text.literal(child.name(language)), CallbackData.of(PREFIX, "area", child.id())));
		}
		for (SelfManagedGroup group : groups) {
			EnrollmentCount count = counts.get("g:" + group.id());
			lines.add(Text.of("enrollment.group-line", "name", group.name(), "households", count.households(), "people",
					count.people(), "markers", group.markerIds().size()));
			buttons.add(Button.of(Text.literal(group.name()), CallbackData.of(PREFIX, "grp", group.id())));
		}
		if (allGroups.size() > groups.size()) {
			lines.add(Text.of("enrollment.more", "count", allGroups.size() - groups.size()));
		}
		Patrols.Coverage walked = this.patrols.coverage(area.id(), null);
		Text text = Text.of("enrollment.summary", "area", area.name(language), "groups", total.groups(), "households",
				total.households(), "people", total.people(), "km", total.roadKm(), "kmTotal", area.roadKm(), "markers",
				total.markers(), "markerTotal", area.markerCount(), "pending", total.pending(), "lines", lines,
				"patrol", patrol(walked));
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, 2).rows());
		List<Button> actions = new ArrayList<>();
		if (total.pending() > 0 && this.access.manages(sender, area.id())) {
			actions.add(Button.of(Text.of("enrollment.pending", "count", total.pending()),
					CallbackData.of(PREFIX, "pend", area.id())));
		}
		actions.add(Button.of(Text.of("enrollment.chart"), CallbackData.of(PREFIX, "chart", area.id())));
		actions.add(Button.of(Text.of("enrollment.csv"), CallbackData.of(PREFIX, "csv", area.id())));
		rows.add(actions);
		rows.add(List.of(Button.of(Text.of("enrollment.map"), CallbackData.of(PREFIX, "map", area.id()))));
		if (area.parentId() != null && this.access.reads(sender, area.parentId())) {
			rows.add(List.of(Button.of(Text.of("picker.back"), CallbackData.of(PREFIX, "area", area.parentId()))));
		}
		return new Reply(kind, text, new Keyboard(rows), List.of(), null, null, null, null, null);
	}

	private static Text patrol(Patrols.Coverage walked) {
		return Text.of("enrollment.patrol", "days", walked.days(), "markers", walked.markers(), "km", walked.km(),
				"missed", walked.missed());
	}

	/** A group's totals and households; phone numbers only for its coordinators. */
	Reply group(SelfManagedGroup group, Sender sender) {
		String language = sender.language();
		EnrollmentCount count = this.enrollment.groupCount(group.id());
		boolean phones = this.access.seesPhones(sender, group.villageId());
		List<Text> lines = this.enrollment.membersOf(group.id())
			.stream()
			.sorted(java.util.Comparator.comparing(Household::headName))
			.map((h) -> Text.of("enrollment.household-line", "name", h.headName(), "people", h.people(), "phone",
					(phones && h.phone() != null) ? Text.literal(h.phone()) : Text.literal("–"), "leader",
					Long.valueOf(h.id()).equals(group.leaderHouseholdId()) ? "yes" : "no"))
			.toList();
		double km = this.enrollment.roadKm(group);
		Text text = Text.of("enrollment.group", "name", group.name(), "village", village(group.villageId(), language),
				"households", count.households(), "people", count.people(), "markers", group.markerIds().size(), "km",
				km, "lines", lines, "patrol", patrol(this.patrols.coverage(group.villageId(), group.id())));
		return Reply.edit(text, Keyboard
			.of(List.of(Button.of(Text.of("picker.back"), CallbackData.of(PREFIX, "area", group.villageId())))));
	}

	/** The pending requests of an area, each with its buttons, the oldest first. */
	List<Reply> pending(Area area, Sender sender) {
		List<Household> pending = this.enrollment.pendingWithin(area.id());
		List<Reply> replies = new ArrayList<>();
		if (pending.isEmpty()) {
			replies.add(Reply.toast(Text.of("enrollment.pending.none")));
			return replies;
		}
		replies.add(Reply.message(Text.of("enrollment.pending.list", "count", pending.size(), "shown",
				Math.min(pending.size(), MAX_PENDING_SHOWN), "area", area.name(sender.language()))));
		for (Household household : pending.subList(0, Math.min(pending.size(), MAX_PENDING_SHOWN))) {
			String group = this.enrollment.group(household.groupId()).map(SelfManagedGroup::name).orElse("?");
			replies.add(Reply.message(this.notices.request(household, group, sender.language()),
					EnrollmentNotices.decisionButtons(household)));
		}
		return replies;
	}

	/** Households and markers per village of the area, as a PNG bar chart. */
	Reply chart(Area area, Sender sender) {
		String language = sender.language();
		List<Area> villages = this.areas.villages(area.id()).stream().filter((a) -> !a.retired()).toList();
		Map<String, EnrollmentCount> counts = this.enrollment.counts(villages.stream().map(Area::id).toList());
		List<EnrollmentChart.Row> rows = villages.stream()
			.map((v) -> new EnrollmentChart.Row(v.name(language), counts.get(v.id()).households(),
					counts.get(v.id()).markers(), v.markerCount()))
			.toList();
		EnrollmentChart.Chart chart = EnrollmentChart.draw(area.name(language),
				this.texts.plain(language, Text.of("enrollment.chart.households")),
				this.texts.plain(language, Text.of("enrollment.chart.markers")), rows);
		Text caption = Text.of("enrollment.chart.caption", "area", area.name(language), "villages", villages.size(),
				"shown", Math.min(villages.size(), EnrollmentChart.MAX_VILLAGES));
		return Reply.message(caption).withUpload(Upload.photo("enrollment-" + area.id() + ".png", chart.png()));
	}

	/**
	 * The area's markers and roads drawn walked this week, covered by a group or not
	 * covered, as a PNG map.
	 */
	Reply coverage(Area area, Sender sender) {
		String language = sender.language();
		List<SelfManagedGroup> groups = this.enrollment.groupsWithin(area.id());
		java.util.Set<String> walkedGroups = this.patrols.walkedGroups(area.id());
		java.util.Set<String> covered = new java.util.HashSet<>();
		java.util.Set<String> walked = new java.util.HashSet<>();
		for (SelfManagedGroup group : groups) {
			covered.addAll(group.markerIds());
			covered.addAll(group.roadIds());
			if (walkedGroups.contains(group.id())) {
				walked.addAll(group.markerIds());
				walked.addAll(group.roadIds());
			}
		}
		CoverageMap.Care care = new CoverageMap.Care(covered, walked);
		MapLayer base = MapLayer.of(this.areas, List.of(area.id()), language);
		List<RoadSegment> roads = List.copyOf(base.roads().keySet());
		Map<CoverageMap.State, Text> keys = new java.util.EnumMap<>(CoverageMap.State.class);
		for (CoverageMap.State state : CoverageMap.State.values()) {
			keys.put(state,
					Text.of(state.key, "markers", care.markers(base.markers(), state), "km", care.km(roads, state)));
		}
		byte[] png = CoverageMap.draw(
				this.texts.plain(language, Text.of("enrollment.map.title", "area", area.name(language))), base, care,
				(state) -> this.texts.plain(language, keys.get(state)), (road) -> this.texts.plain(language,
						Text.of("map.road.listed", "road", road.name(language), "km", road.km())));
		Text caption = Text.of("enrollment.map.caption", "area", area.name(language), "walked",
				keys.get(CoverageMap.State.WALKED), "covered", keys.get(CoverageMap.State.COVERED), "open",
				keys.get(CoverageMap.State.NOT_COVERED));
		return Reply.message(caption).withUpload(Upload.photo("coverage-" + area.id() + ".png", png));
	}

	/** The households and the groups of the area as two CSV files. */
	List<Reply> csv(Area area, Sender sender) {
		String language = sender.language();
		boolean phones = this.access.seesPhones(sender, area.id());
		ZoneId zone = this.areas.timeZone(area.id());
		Map<String, String> groupNames = new java.util.HashMap<>();
		List<List<Object>> groupRows = new ArrayList<>();
		for (SelfManagedGroup group : this.enrollment.groupsWithin(area.id())) {
			groupNames.put(group.id(), group.name());
			EnrollmentCount count = this.enrollment.groupCount(group.id());
			List<String> markers = this.enrollment.markerNumbers(group);
			double km = this.enrollment.roadKm(group);
			groupRows.add(List.of(group.name(), group.id(), village(group.villageId(), language),
					(group.leaderHouseholdId() != null)
							? this.enrollment.household(group.leaderHouseholdId()).map(Household::headName).orElse("")
							: "",
					count.households(), count.people(), String.join("; ", markers), String.format("%.1f", km)));
		}
		List<List<Object>> householdRows = new ArrayList<>();
		this.enrollment.householdsWithin(area.id(), (h) -> {
			List<Object> row = new ArrayList<>(List.of(h.headName(), h.people(), village(h.villageId(), language),
					groupNames.getOrDefault(h.groupId(), ""), status(h, language),
					DAY.format(h.requestedAt().atZone(zone)),
					(h.decidedAt() != null) ? DAY.format(h.decidedAt().atZone(zone)) : ""));
			if (phones) {
				row.add((h.phone() != null) ? h.phone() : "");
			}
			householdRows.add(row);
		});
		List<String> householdHeader = new ArrayList<>(headers(language, "enrollment.csv.column.name",
				"enrollment.csv.column.people", "enrollment.csv.column.village", "enrollment.csv.column.group",
				"enrollment.csv.column.status", "enrollment.csv.column.requested", "enrollment.csv.column.decided"));
		if (phones) {
			householdHeader.add(header(language, "enrollment.csv.column.phone"));
		}
		byte[] households = Spreadsheet.write(householdHeader, householdRows);
		byte[] groups = Spreadsheet.write(headers(language, "enrollment.csv.column.group", "enrollment.csv.column.code",
				"enrollment.csv.column.village", "enrollment.csv.column.leader", "enrollment.csv.column.households",
				"enrollment.csv.column.people", "enrollment.csv.column.markers", "enrollment.csv.column.km"),
				groupRows);
		return List.of(
				Reply
					.message(Text.of("enrollment.csv.households", "count", householdRows.size(), "phones",
							phones ? "yes" : "no"))
					.withUpload(Upload.document("households-" + area.id() + ".csv", households)),
				Reply.message(Text.of("enrollment.csv.groups", "count", groupRows.size()))
					.withUpload(Upload.document("groups-" + area.id() + ".csv", groups)));
	}

	private List<String> headers(String language, String... names) {
		List<String> headers = new ArrayList<>();
		for (String name : names) {
			headers.add(header(language, name));
		}
		return headers;
	}

	private String header(String language, String key) {
		return this.texts.plain(language, new Text(key, Map.of(), null));
	}

	private String status(Household household, String language) {
		return this.texts.plain(language,
				Text.of("household.status", "status", household.status().name().toLowerCase(java.util.Locale.ROOT)));
	}

	private String village(String villageId, String language) {
		return this.areas.area(villageId).map((a) -> a.name(language)).orElse(villageId);
	}

}
