package org.danvan.access;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Languages;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.ChatUnreachable;
import org.danvan.telegram.CommandMenuStale;
import org.danvan.telegram.InboundUser;
import org.danvan.telegram.MemberDirectory;
import org.danvan.telegram.Sender;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The members feature's public face: records who writes, keeps their language and
 * village, and says what they may do where. Every role change is audited.
 */
@Service
public class MemberManagement implements MemberDirectory {

	private static final Grant EVERYWHERE_ADMIN = new Grant(Role.ADMIN, null);

	private final Members members;

	private final Languages languages;

	private final AreaManagement areas;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Set<Long> admins;

	private final Clock clock;

	MemberManagement(Members members, Languages languages, AreaManagement areas, AuditLog audit,
			ApplicationEventPublisher events, AccessSettings settings, Clock clock) {
		this.members = members;
		this.languages = languages;
		this.areas = areas;
		this.audit = audit;
		this.events = events;
		this.admins = settings.admins();
		this.clock = clock;
	}

	@Override
	public Sender identify(InboundUser user) {
		String guess = this.languages.match(user.languageCode()).orElse(this.languages.defaultLanguage());
		return sender(this.members.seen(user, guess, this.clock.instant()));
	}

	@Override
	public Sender lookup(long userId) {
		return this.members.find(userId)
			.map(this::sender)
			.orElseGet(() -> new Sender(userId, this.languages.defaultLanguage(), configured(userId), null));
	}

	public Optional<Member> member(long userId) {
		return this.members.find(userId);
	}

	/** Whether the sender holds {@code role} in {@code areaId} or in an area above it. */
	public boolean may(Sender sender, Role role, String areaId) {
		return sender.grants()
			.stream()
			.anyMatch((grant) -> (grant.role() == role || grant.role() == Role.ADMIN)
					&& (grant.everywhere() || this.areas.isWithin(areaId, grant.areaId())));
	}

	/** Sets the member's language; false if the bot does not speak it. */
	public boolean chooseLanguage(long memberId, String language) {
		if (!this.languages.isSupported(language)) {
			return false;
		}
		this.members.chooseLanguage(memberId, language);
		this.events.publishEvent(new CommandMenuStale(memberId));
		return true;
	}

	/** Sets the member's home village; false if it is not a village the bot knows. */
	public boolean chooseVillage(long memberId, String villageId) {
		if (this.areas.area(villageId).filter((area) -> area.isVillage() && !area.retired()).isEmpty()) {
			return false;
		}
		this.members.setVillage(memberId, villageId);
		return true;
	}

	/** Grants a role in an area; false if the member already held it. */
	public boolean grant(long actorId, long memberId, Grant grant) {
		boolean granted = this.members.grant(memberId, grant);
		if (granted) {
			this.audit.record(actorId, "role.granted", describe(memberId, grant));
			this.events.publishEvent(new CommandMenuStale(memberId));
		}
		return granted;
	}

	/** Takes a role back; false if the member did not hold it. */
	public boolean revoke(long actorId, long memberId, Grant grant) {
		boolean revoked = this.members.revoke(memberId, grant);
		if (revoked) {
			this.audit.record(actorId, "role.revoked", describe(memberId, grant));
			this.events.publishEvent(new CommandMenuStale(memberId));
		}
		return revoked;
	}

	/** Members by id, read by their ids. */
	public List<Member> members(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.members.find(ids);
	}

	/**
	 * Members whose home village is one of these (a scan of the members: for monthly
	 * sends).
	 */
	public List<Member> livingIn(Collection<String> villageIds) {
		return villageIds.isEmpty() ? List.of() : this.members.livingIn(villageIds);
	}

	/** Members holding a role in this area or beneath it. */
	public List<Member> holdersWithin(String areaId) {
		return this.members.holdingRolesIn(this.areas.within(areaId).stream().map(Area::id).toList());
	}

	/**
	 * Officers whose area holds this path's last area: their own area is one of its
	 * ancestors.
	 */
	public List<Member> officersFor(List<String> path) {
		return holdersFor(path, Role.OFFICER);
	}

	/**
	 * Members holding {@code role} in the last area of the path or in an area above it.
	 */
	public List<Member> holdersFor(List<String> path, Role role) {
		return this.members.holdingRolesIn(path)
			.stream()
			.filter((member) -> member.grants()
				.stream()
				.anyMatch((grant) -> grant.role() == role && path.contains(grant.areaId())))
			.toList();
	}

	@EventListener
	void on(ChatUnreachable event) {
		if (event.chatId() > 0) {
			this.members.unreachable(event.chatId());
		}
	}

	private static String describe(long memberId, Grant grant) {
		return "member:" + memberId + " " + grant.role().name().toLowerCase(java.util.Locale.ROOT) + "@"
				+ (grant.everywhere() ? "*" : grant.areaId());
	}

	private Sender sender(Member member) {
		String language = this.languages.isSupported(member.language()) ? member.language()
				: this.languages.defaultLanguage();
		Set<Grant> grants = new HashSet<>(member.grants());
		grants.addAll(configured(member.id()));
		return new Sender(member.id(), language, grants, member.villageId());
	}

	private Set<Grant> configured(long id) {
		return this.admins.contains(id) ? Set.of(EVERYWHERE_ADMIN) : Set.of();
	}

}
