package org.danvan.enrollment.bot;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.RoadSegment;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.PatrolRota;
import org.danvan.enrollment.Patrols;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The buttons of {@code /groups}. Each press checks that the sender coordinates the area
 * or the group's village it names, and that a marker or road is one the group may look
 * after.
 */
@Component
class GroupCallbacks implements CallbackHandler {

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final EnrollmentAccess access;

	private final GroupViews views;

	private final Conversations conversations;

	private final Patrols patrols;

	GroupCallbacks(AreaManagement areas, EnrollmentManagement enrollment, EnrollmentAccess access, GroupViews views,
			Conversations conversations, Patrols patrols) {
		this.patrols = patrols;
		this.areas = areas;
		this.enrollment = enrollment;
		this.access = access;
		this.views = views;
		this.conversations = conversations;
	}

	@Override
	public String prefix() {
		return GroupViews.PREFIX;
	}

	@Override
	public Role role() {
		return Role.COORDINATOR;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<List<Reply>> refused = EnrollmentAccess.privateOnly(inbound);
		if (refused.isPresent()) {
			return refused.get();
		}
		if ("area".equals(data.action()) || "new".equals(data.action()) || "page".equals(data.action())) {
			String[] target = data.arg().split("\\.", 2);
			Optional<Area> area = this.areas.area(target[0]);
			if (area.isEmpty()) {
				return stale();
			}
			if (!this.access.manages(sender, area.get().id())) {
				return denied();
			}
			if ("new".equals(data.action())) {
				return newGroup(inbound, area.get(), sender);
			}
			boolean mayGoUp = area.get().parentId() != null && this.access.manages(sender, area.get().parentId());
			int page = (target.length > 1 && target[1].matches("[0-9]{1,4}")) ? Integer.parseInt(target[1]) : 0;
			return List.of(this.views.area(area.get(), sender, Reply.Kind.EDIT, mayGoUp, page));
		}
		String[] args = data.arg().split("\\.", 2);
		Optional<SelfManagedGroup> group = this.enrollment.group(args[0]);
		if (group.isEmpty()) {
			return stale();
		}
		if (!this.access.manages(sender, group.get().villageId())) {
			return denied();
		}
		String item = (args.length > 1) ? args[1] : "";
		return switch (data.action()) {
			case "show" -> List.of(this.views.card(group.get(), sender, Reply.Kind.EDIT));
			case "mk" -> List.of(this.views.markers(group.get()));
			case "rd" -> List.of(this.views.roads(group.get(), sender.language()));
			case "lead" -> List.of(this.views.leaders(group.get()));
			case "qr" -> List.of(this.views.invite(group.get(), sender));
			case "mkt" -> toggleMarker(group.get(), item);
			case "rdt" -> toggleRoad(group.get(), item, sender);
			case "ldr" -> leader(group.get(), item);
			case "rota" -> List.of(this.views.rota(group.get(), sender));
			case "ren" -> rename(inbound, group.get());
			case "day" -> day(group.get(), item, sender);
			default -> stale();
		};
	}

	private List<Reply> newGroup(Inbound inbound, Area village, Sender sender) {
		if (!village.isVillage()) {
			return stale();
		}
		this.conversations.begin(inbound.chatId(), NewGroupFlow.FLOW, NewGroupFlow.NAME,
				Map.of("village", village.id()));
		return List
			.of(Reply.edit(Text.of("group.ask.name", "village", village.name(sender.language())), Keyboard.NONE));
	}

	private List<Reply> toggleMarker(SelfManagedGroup group, String markerId) {
		Optional<BorderMarker> marker = this.enrollment.markersFor(group)
			.stream()
			.filter((m) -> m.id().equals(markerId))
			.findFirst();
		if (marker.isEmpty()) {
			return stale();
		}
		Optional<String> holder = this.enrollment.toggleMarker(group, marker.get());
		if (holder.isPresent()) {
			return List.of(Reply.toast(Text.of("group.held-by", "group", name(holder.get()))));
		}
		return List.of(this.views.markers(this.enrollment.group(group.id()).orElse(group)));
	}

	private List<Reply> toggleRoad(SelfManagedGroup group, String roadId, Sender sender) {
		Optional<RoadSegment> road = this.enrollment.roadsFor(group)
			.stream()
			.filter((r) -> r.id().equals(roadId))
			.findFirst();
		if (road.isEmpty()) {
			return stale();
		}
		Optional<String> holder = this.enrollment.toggleRoad(group, road.get());
		if (holder.isPresent()) {
			return List.of(Reply.toast(Text.of("group.held-by", "group", name(holder.get()))));
		}
		return List.of(this.views.roads(this.enrollment.group(group.id()).orElse(group), sender.language()));
	}

	private List<Reply> leader(SelfManagedGroup group, String householdId) {
		if (!householdId.matches("[0-9]{1,18}")
				|| !this.enrollment.setLeader(group.id(), Long.parseLong(householdId))) {
			return stale();
		}
		return List.of(this.views.leaders(this.enrollment.group(group.id()).orElse(group)));
	}

	private List<Reply> rename(Inbound inbound, SelfManagedGroup group) {
		this.conversations.begin(inbound.chatId(), NewGroupFlow.FLOW, NewGroupFlow.NAME, Map.of("group", group.id()));
		return List.of(Reply.edit(Text.of("group.ask.rename", "name", group.name()), Keyboard.NONE));
	}

	private List<Reply> day(SelfManagedGroup group, String day, Sender sender) {
		if (!day.matches("[1-7]")) {
			return stale();
		}
		DayOfWeek toggled = DayOfWeek.of(Integer.parseInt(day));
		Set<DayOfWeek> days = new TreeSet<>(this.patrols.rota(group.id()).map(PatrolRota::days).orElse(List.of()));
		if (!days.remove(toggled)) {
			days.add(toggled);
		}
		this.patrols.setDays(group, days);
		return List.of(this.views.rota(group, sender));
	}

	private String name(String groupId) {
		return this.enrollment.group(groupId).map(SelfManagedGroup::name).orElse(groupId);
	}

	private static List<Reply> stale() {
		return List.of(Reply.toast(Text.of("enroll.button-stale")));
	}

	private static List<Reply> denied() {
		return List.of(Reply.toast(Text.of("enroll.not-your-area")));
	}

}
