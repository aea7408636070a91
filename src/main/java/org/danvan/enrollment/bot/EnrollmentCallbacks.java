package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The buttons of {@code /enrollment}: every press checks that the sender may read the
 * area (or the group's village) it names; pending requests are for its coordinators only.
 */
@Component
class EnrollmentCallbacks implements CallbackHandler {

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final EnrollmentAccess access;

	private final EnrollmentViews views;

	EnrollmentCallbacks(AreaManagement areas, EnrollmentManagement enrollment, EnrollmentAccess access,
			EnrollmentViews views) {
		this.areas = areas;
		this.enrollment = enrollment;
		this.access = access;
		this.views = views;
	}

	@Override
	public String prefix() {
		return EnrollmentViews.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<List<Reply>> refused = EnrollmentAccess.privateOnly(inbound);
		if (refused.isPresent()) {
			return refused.get();
		}
		if ("grp".equals(data.action())) {
			Optional<SelfManagedGroup> group = this.enrollment.group(data.arg());
			if (group.isEmpty()) {
				return stale();
			}
			if (!this.access.reads(sender, group.get().villageId())) {
				return denied();
			}
			return List.of(this.views.group(group.get(), sender));
		}
		Optional<Area> area = this.areas.area(data.arg());
		if (area.isEmpty()) {
			return stale();
		}
		if (!this.access.reads(sender, area.get().id())) {
			return denied();
		}
		return switch (data.action()) {
			case "area" -> List.of(this.views.area(area.get(), sender, Reply.Kind.EDIT));
			case "chart" -> List.of(this.views.chart(area.get(), sender));
			case "csv" -> this.views.csv(area.get(), sender);
			case "map" -> List.of(this.views.coverage(area.get(), sender));
			case "pend" ->
				this.access.manages(sender, area.get().id()) ? this.views.pending(area.get(), sender) : denied();
			default -> stale();
		};
	}

	private static List<Reply> stale() {
		return List.of(Reply.toast(Text.of("enroll.button-stale")));
	}

	private static List<Reply> denied() {
		return List.of(Reply.toast(Text.of("enroll.not-your-area")));
	}

}
