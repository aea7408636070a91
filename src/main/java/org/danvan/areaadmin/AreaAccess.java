package org.danvan.areaadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.shared.Role;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * Who may change what: an admin without an area changes the whole tree, an admin of an
 * area what lies within it (not the area itself's place in the tree above). Coordinators
 * and officers do not change areas.
 */
@Component
class AreaAccess {

	private final MemberManagement members;

	private final AreaManagement areas;

	AreaAccess(MemberManagement members, AreaManagement areas) {
		this.members = members;
		this.areas = areas;
	}

	boolean may(Sender sender, String areaId) {
		return areaId != null && this.members.may(sender, Role.ADMIN, areaId);
	}

	/** Whether the sender may change an area, known by its path (it may be new). */
	boolean may(Sender sender, Area area) {
		return sender.isAdminEverywhere() || area.path().stream().anyMatch(sender.areas(Role.ADMIN)::contains);
	}

	/** The active area, if the sender may change it. */
	Optional<Area> area(Sender sender, String areaId) {
		return this.areas.area(areaId).filter((area) -> !area.retired() && may(sender, area.id()));
	}

	/** The active marker, if the sender may change its area. */
	Optional<BorderMarker> marker(Sender sender, String markerId) {
		return this.areas.marker(markerId).filter((marker) -> !marker.retired() && may(sender, marker.areaId()));
	}

	/** Where the sender's view starts: the provinces, or their own areas. */
	List<Area> roots(Sender sender) {
		if (sender.isAdminEverywhere()) {
			return this.areas.provinces();
		}
		List<Area> roots = new ArrayList<>();
		sender.areas(Role.ADMIN).stream().sorted().forEach((id) -> area(sender, id).ifPresent(roots::add));
		return roots;
	}

}
