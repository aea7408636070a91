package org.danvan.enrollment.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * Who may see and change enrollment where: coordinators manage groups and decide on
 * households in their areas; officers may read the totals of theirs; an admin may do all
 * everywhere. Every command and button asks here, whatever its data says.
 */
@Component
class EnrollmentAccess {

	private final MemberManagement members;

	private final AreaManagement areas;

	EnrollmentAccess(MemberManagement members, AreaManagement areas) {
		this.members = members;
		this.areas = areas;
	}

	static boolean readsEnrollment(Sender sender) {
		return sender.has(Role.COORDINATOR) || sender.has(Role.OFFICER);
	}

	boolean manages(Sender sender, String areaId) {
		return areaId != null && this.members.may(sender, Role.COORDINATOR, areaId);
	}

	boolean reads(Sender sender, String areaId) {
		return manages(sender, areaId) || (areaId != null && this.members.may(sender, Role.OFFICER, areaId));
	}

	/**
	 * Phone numbers are for coordinators of the area (and admins), not for officers. (All
	 * of enrollment is answered in private chats only: see {@link #privateOnly}.)
	 */
	boolean seesPhones(Sender sender, String areaId) {
		return manages(sender, areaId);
	}

	/**
	 * What a group chat hears instead of names and phone numbers: enrollment is read and
	 * managed in private chats only. Empty in a private chat.
	 */
	static Optional<List<Reply>> privateOnly(Inbound inbound) {
		if (inbound.privateChat()) {
			return Optional.empty();
		}
		Text text = Text.of("enrollment.private-only");
		return Optional
			.of(List.of((inbound.content() instanceof Inbound.ButtonPress) ? Reply.toast(text) : Reply.message(text)));
	}

	/** Where the sender's view starts: their areas, or the provinces for an admin. */
	List<Area> roots(Sender sender, boolean managing) {
		if (sender.isAdminEverywhere()) {
			return this.areas.provinces();
		}
		Set<String> ids = new java.util.TreeSet<>(sender.areas(Role.COORDINATOR));
		ids.addAll(sender.areas(Role.ADMIN));
		if (!managing) {
			ids.addAll(sender.areas(Role.OFFICER));
		}
		List<Area> roots = new ArrayList<>();
		for (String id : ids) {
			this.areas.area(id).ifPresent(roots::add);
		}
		return roots;
	}

}
