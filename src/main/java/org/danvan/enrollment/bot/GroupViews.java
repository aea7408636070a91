package org.danvan.enrollment.bot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentCount;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.Household;
import org.danvan.enrollment.PatrolRota;
import org.danvan.enrollment.Patrols;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.telegram.BotIdentity;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.StartPayload;
import org.danvan.telegram.Upload;

import org.springframework.stereotype.Component;

/**
 * What coordinators see in {@code /groups}: areas down to a village, a village's groups,
 * a group's card with its markers, roads, leader and invite.
 */
@Component
class GroupViews {

	static final String PREFIX = "grp";

	static final int PAGE_SIZE = 20;

	/** Telegram takes at most 100 buttons under a message; a back button joins these. */
	static final int MAX_BUTTONS = 90;

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final BotIdentity bot;

	private final Patrols patrols;

	GroupViews(AreaManagement areas, EnrollmentManagement enrollment, BotIdentity bot, Patrols patrols) {
		this.areas = areas;
		this.enrollment = enrollment;
		this.bot = bot;
		this.patrols = patrols;
	}

	/** An area's children to drill into, or a village's groups with "New group". */
	Reply area(Area area, Sender sender, Reply.Kind kind, boolean mayGoUp) {
		return area(area, sender, kind, mayGoUp, 0);
	}

	/** The same, at a page of a village's groups (twenty to a page). */
	Reply area(Area area, Sender sender, Reply.Kind kind, boolean mayGoUp, int page) {
		String language = sender.language();
		List<Button> buttons = new ArrayList<>();
		Text text;
		if (area.isVillage()) {
			List<SelfManagedGroup> groups = this.enrollment.groupsOf(area.id());
			groups.forEach(
					(g) -> buttons.add(Button.of(Text.literal(g.name()), CallbackData.of(PREFIX, "show", g.id()))));
			buttons.add(Button.of(Text.of("group.new"), CallbackData.of(PREFIX, "new", area.id())));
			text = Text.of("group.village", "village", area.name(language), "count", groups.size());
		}
		else {
			this.areas.children(area.id())
				.stream()
				.filter((a) -> !a.retired())
				.forEach((a) -> buttons
					.add(Button.of(Text.literal(a.name(language)), CallbackData.of(PREFIX, "area", a.id()))));
			text = Text.of("group.choose-village", "area", area.name(language));
		}
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, 2).rows());
		if (mayGoUp && area.parentId() != null) {
			rows.add(List.of(Button.of(Text.of("picker.back"), CallbackData.of(PREFIX, "area", area.parentId()))));
		}
		return new Reply(kind, text, new Keyboard(rows), List.of(), null, null, null, null, null);
	}

	Reply card(SelfManagedGroup group, Sender sender, Reply.Kind kind) {
		String language = sender.language();
		EnrollmentCount count = this.enrollment.groupCount(group.id());
		List<String> markers = this.enrollment.markerNumbers(group);
		String leader = (group.leaderHouseholdId() != null)
				? this.enrollment.household(group.leaderHouseholdId()).map(Household::headName).orElse("–") : "–";
		Text text = Text.of("group.card", "name", group.name(), "village",
				this.areas.area(group.villageId()).map((a) -> a.name(language)).orElse("?"), "code", group.id(),
				"leader", leader, "households", count.households(), "people", count.people(), "markers",
				markers.isEmpty() ? "–" : String.join(", ", markers), "roads", group.roadIds().size(), "km",
				this.enrollment.roadKm(group));
		Keyboard keyboard = Keyboard.of(
				List.of(Button.of(Text.of("group.markers"), CallbackData.of(PREFIX, "mk", group.id())),
						Button.of(Text.of("group.roads"), CallbackData.of(PREFIX, "rd", group.id()))),
				List.of(Button.of(Text.of("group.leader"), CallbackData.of(PREFIX, "lead", group.id())),
						Button.of(Text.of("group.invite"), CallbackData.of(PREFIX, "qr", group.id()))),
				List.of(Button.of(Text.of("group.rota.button"), CallbackData.of(PREFIX, "rota", group.id())),
						Button.of(Text.of("group.rename"), CallbackData.of(PREFIX, "ren", group.id()))),
				List.of(Button.of(Text.of("picker.back"), CallbackData.of(PREFIX, "area", group.villageId()))));
		return new Reply(kind, text, keyboard, List.of(), null, null, null, null, null);
	}

	/**
	 * The markers the group may look after, ✓ on its own; a marker held by another group
	 * says so.
	 */
	Reply markers(SelfManagedGroup group) {
		List<Button> buttons = this.enrollment.markersFor(group)
			.stream()
			.limit(MAX_BUTTONS)
			.map((m) -> Button.of(Text.literal((group.markerIds().contains(m.id()) ? "✓ " : "") + m.number()),
					CallbackData.of(PREFIX, "mkt", group.id() + "." + m.id())))
			.toList();
		return Reply.edit(Text.of("group.markers.choose", "name", group.name()), withBack(buttons, 3, group));
	}

	Reply roads(SelfManagedGroup group, String language) {
		List<Button> buttons = this.enrollment.roadsFor(group)
			.stream()
			.limit(MAX_BUTTONS)
			.map((r) -> Button.of(
					Text.literal(
							(group.roadIds().contains(r.id()) ? "✓ " : "") + r.name(language) + " · " + r.km() + " km"),
					CallbackData.of(PREFIX, "rdt", group.id() + "." + r.id())))
			.toList();
		return Reply.edit(Text.of("group.roads.choose", "name", group.name()), withBack(buttons, 1, group));
	}

	Reply leaders(SelfManagedGroup group) {
		List<Button> buttons = this.enrollment.membersOf(group.id())
			.stream()
			.limit(MAX_BUTTONS)
			.map((h) -> Button.of(
					Text.literal((Long.valueOf(h.id()).equals(group.leaderHouseholdId()) ? "★ " : "") + h.headName()),
					CallbackData.of(PREFIX, "ldr", group.id() + "." + h.id())))
			.toList();
		Text text = buttons.isEmpty() ? Text.of("group.leader.none", "name", group.name())
				: Text.of("group.leader.choose", "name", group.name());
		return Reply.edit(text, withBack(buttons, 1, group));
	}

	/** The patrol weekdays (tap to change) and who is on duty the next seven days. */
	Reply rota(SelfManagedGroup group, Sender sender) {
		Locale locale = Locale.forLanguageTag(sender.language());
		Optional<PatrolRota> rota = this.patrols.rota(group.id());
		List<DayOfWeek> days = rota.map(PatrolRota::days).orElse(List.of());
		List<Text> lines = new ArrayList<>();
		LocalDate today = this.patrols.today(group.villageId());
		for (int i = 0; i < 7 && rota.isPresent(); i++) {
			LocalDate date = today.plusDays(i);
			this.patrols.turnOf(rota.get(), date)
				.ifPresent((household) -> lines.add(Text.of("group.rota.line", "date", date.toString(), "day",
						date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), "name",
						this.enrollment.household(household).map(Household::headName).orElse("?"))));
		}
		List<Button> buttons = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String label = (days.contains(day) ? "✓ " : "") + day.getDisplayName(TextStyle.SHORT, locale);
			buttons
				.add(Button.of(Text.literal(label), CallbackData.of(PREFIX, "day", group.id() + "." + day.getValue())));
		}
		Text text = lines.isEmpty() ? Text.of("group.rota.none", "name", group.name())
				: Text.of("group.rota", "name", group.name(), "lines", lines);
		return Reply.edit(text, withBack(buttons, 4, group));
	}

	/** The invite link and its QR code, ready to print. */
	Reply invite(SelfManagedGroup group, Sender sender) {
		String link = this.bot.startLink(new StartPayload(GroupInviteLink.KIND, group.id()));
		String village = this.areas.area(group.villageId()).map((a) -> a.name(sender.language())).orElse("?");
		return Reply.message(Text.of("group.invite.text", "name", group.name(), "village", village, "link", link))
			.withUpload(Upload.photo("group-" + group.id() + ".png", GroupQrCode.png(link)));
	}

	private static Keyboard withBack(List<Button> buttons, int perRow, SelfManagedGroup group) {
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(buttons, perRow).rows());
		rows.add(List.of(Button.of(Text.of("picker.back"), CallbackData.of(PREFIX, "show", group.id()))));
		return new Keyboard(rows);
	}

}
