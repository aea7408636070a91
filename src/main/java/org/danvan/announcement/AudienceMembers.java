package org.danvan.announcement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.danvan.access.Member;
import org.danvan.access.MemberManagement;
import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.Household;
import org.danvan.i18n.Languages;
import org.danvan.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Finds the people of an audience and the version each gets: their own language, else the
 * area's default, else Vietnamese, else English. People the bot cannot reach (they
 * blocked it) are left out, and so are those who muted normal announcements.
 */
@Component
public class AudienceMembers {

	private final MemberManagement members;

	private final AreaManagement areas;

	private final EnrollmentManagement enrollment;

	private final Languages languages;

	private final Preferences preferences;

	AudienceMembers(MemberManagement members, AreaManagement areas, EnrollmentManagement enrollment,
			Languages languages, Preferences preferences) {
		this.members = members;
		this.areas = areas;
		this.enrollment = enrollment;
		this.languages = languages;
		this.preferences = preferences;
	}

	/**
	 * Who the audience reaches with these versions ({@code versions} may be empty while
	 * composing: then nobody has a version yet).
	 */
	public Reach reach(Audience audience, Collection<String> versions, boolean urgent) {
		Set<Long> muted = urgent ? Set.of() : this.preferences.switchedOff(Notice.ANNOUNCEMENTS);
		String areaLanguage = this.areas.area(audience.areaId()).map(Area::defaultLanguage).orElse(null);
		List<Reach.Recipient> recipients = new ArrayList<>();
		Map<String, Integer> byLanguage = new TreeMap<>();
		Map<String, Integer> byVersion = new LinkedHashMap<>();
		int fallbacks = 0;
		int left = 0;
		for (Member member : members(audience)) {
			if (!member.reachable()) {
				continue;
			}
			if (muted.contains(member.id())) {
				left++;
				continue;
			}
			String language = this.languages.isSupported(member.language()) ? member.language()
					: this.languages.defaultLanguage();
			String version = version(language, areaLanguage, versions);
			recipients.add(new Reach.Recipient(member.id(), language, version));
			byLanguage.merge(language, 1, Integer::sum);
			if (version != null) {
				byVersion.merge(version, 1, Integer::sum);
				if (!version.equals(language)) {
					fallbacks++;
				}
			}
		}
		return new Reach(recipients, byLanguage, byVersion, fallbacks, left);
	}

	/**
	 * The first of their language, the area's, Vietnamese and English that was written.
	 */
	public String version(String language, String areaLanguage, Collection<String> versions) {
		Set<String> chain = new java.util.LinkedHashSet<>();
		chain.add(language);
		if (areaLanguage != null) {
			chain.add(areaLanguage);
		}
		chain.addAll(this.languages.fallbackChain(language));
		return chain.stream().filter(versions::contains).findFirst().orElse(null);
	}

	private List<Member> members(Audience audience) {
		String areaId = audience.areaId();
		return switch (audience.kind()) {
			case AREA -> this.members.livingIn(this.areas.villages(areaId).stream().map(Area::id).toList());
			case VILLAGES -> this.members.livingIn(audience.ids());
			case GROUP -> this.members.members(audience.ids()
				.stream()
				.flatMap((group) -> this.enrollment.membersOf(group).stream())
				.map(Household::id)
				.toList());
			case HOUSEHOLDS -> this.members.members(this.enrollment.approvedWithin(areaId));
			case LEADERS -> this.members.members(this.enrollment.leadersWithin(areaId));
			case OFFICERS -> this.members.holdersWithin(areaId)
				.stream()
				.filter((member) -> member.grants().stream().anyMatch((grant) -> grant.role() == Role.OFFICER))
				.toList();
		};
	}

}
