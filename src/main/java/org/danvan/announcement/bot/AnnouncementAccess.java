package org.danvan.announcement.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.access.MemberManagement;
import org.danvan.announcement.Announcement;
import org.danvan.announcement.Audience;
import org.danvan.announcement.AudienceKind;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.shared.Role;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * Who may announce to whom: officers to anyone of their area and beneath it, coordinators
 * to the groups of theirs. Checked on every step and every button, whatever it says.
 */
@Component
class AnnouncementAccess {

	private final MemberManagement members;

	private final AreaManagement areas;

	AnnouncementAccess(MemberManagement members, AreaManagement areas) {
		this.members = members;
		this.areas = areas;
	}

	static boolean announces(Sender sender) {
		return sender.has(Role.OFFICER) || sender.has(Role.COORDINATOR);
	}

	static boolean isOfficer(Sender sender) {
		return sender.has(Role.OFFICER);
	}

	/** Whether the sender may send to this kind of audience in this area. */
	boolean may(Sender sender, AudienceKind kind, String areaId) {
		if (this.members.may(sender, Role.OFFICER, areaId)) {
			return true;
		}
		return kind == AudienceKind.GROUP && this.members.may(sender, Role.COORDINATOR, areaId);
	}

	boolean may(Sender sender, Audience audience) {
		return may(sender, audience.kind(), audience.areaId());
	}

	/** Whether the sender may see, cancel or pause it. */
	boolean manages(Sender sender, Announcement announcement) {
		return may(sender, announcement.audience());
	}

	/**
	 * Where the sender's choice of area starts: their areas, or the provinces for an
	 * admin.
	 */
	List<Area> roots(Sender sender) {
		if (sender.isAdminEverywhere()) {
			return this.areas.provinces();
		}
		Set<String> ids = new TreeSet<>(sender.areas(Role.OFFICER));
		ids.addAll(sender.areas(Role.COORDINATOR));
		ids.addAll(sender.areas(Role.ADMIN));
		List<Area> roots = new ArrayList<>();
		for (String id : ids) {
			this.areas.area(id).ifPresent(roots::add);
		}
		return roots;
	}

	/** The areas whose announcements the sender sees; {@code null}: every area. */
	List<String> visibleAreas(Sender sender) {
		return sender.isAdminEverywhere() ? null : roots(sender).stream().map(Area::id).toList();
	}

}
