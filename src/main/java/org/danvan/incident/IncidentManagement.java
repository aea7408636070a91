package org.danvan.incident;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.access.AuditLog;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.shared.Role;
import org.danvan.telegram.Sender;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The incident feature's public face: stores confirmed reports and moves incidents
 * through their lifecycle, each step checked against the officer's role and area and
 * audited.
 */
@Service
public class IncidentManagement {

	private final SecureRandom random = new SecureRandom();

	private final Incidents incidents;

	private final Relays relays;

	private final AreaManagement areas;

	private final MemberManagement members;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final IncidentSettings settings;

	private final Clock clock;

	IncidentManagement(Incidents incidents, Relays relays, AreaManagement areas, MemberManagement members,
			AuditLog audit, ApplicationEventPublisher events, IncidentSettings settings, Clock clock) {
		this.incidents = incidents;
		this.relays = relays;
		this.areas = areas;
		this.members = members;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Stores a confirmed report once, however often it is confirmed, and alerts the area.
	 */
	public Incident report(Report report, long chatId) {
		Optional<Incident> stored = this.incidents.byDraft(report.draft());
		if (stored.isPresent()) {
			return stored.get();
		}
		Area area = this.areas.area(report.areaId()).orElseThrow();
		Instant now = this.clock.instant();
		String relay = report.anonymous() ? token() : null;
		Incident draft = new Incident(null, report.draft(), report.category(), report.description(),
				report.voiceFileId(), area.id(), area.path(), report.markerId(), report.roadId(), report.location(),
				report.photoFileIds(), report.urgent(), report.anonymous() ? null : chatId, relay, Status.NEW, null,
				List.of(new Incident.Change(Status.NEW, null, now, null)), now, List.of(), List.of());
		Incident incident = this.incidents.store(draft, area.path().get(0));
		if (relay != null && incident.relayToken().equals(relay)) {
			this.relays.open(relay, chatId, incident.code(), now.plus(this.settings.relayRetention()));
		}
		this.events.publishEvent(new IncidentReported(incident.code()));
		return incident;
	}

	public Optional<Incident> find(String code) {
		return this.incidents.find(code);
	}

	/** Whether this member may act on incidents of this area as an officer. */
	public boolean mayHandle(Sender officer, Incident incident) {
		return this.members.may(officer, Role.OFFICER, incident.areaId());
	}

	/**
	 * Moves the incident if the officer may and its status allows; empty when someone
	 * else moved it first or the officer may not.
	 */
	public Optional<Incident> move(Sender officer, String code, Status to, String note) {
		Optional<Incident> current = this.incidents.find(code);
		if (current.isEmpty() || !mayHandle(officer, current.get())) {
			return Optional.empty();
		}
		Incident.Change change = new Incident.Change(to, officer.userId(), this.clock.instant(), note);
		Long assignee = (to == Status.IN_PROGRESS) ? officer.userId() : null;
		Optional<Incident> moved = this.incidents.transition(code, to, change, assignee);
		moved.ifPresent((incident) -> {
			this.audit.record(officer.userId(), "incident." + to.name().toLowerCase(java.util.Locale.ROOT), code);
			this.events.publishEvent(new IncidentStatusChanged(code, to, officer.userId()));
		});
		return moved;
	}

	/**
	 * The reporter says a resolved incident is still a problem: it is open again, as new,
	 * and its area is alerted again. Only from the reporter's own chat, and only once.
	 */
	public Optional<Incident> reopen(String code, long chatId) {
		Optional<Incident> incident = this.incidents.find(code)
			.filter((i) -> i.status() == Status.RESOLVED)
			.filter((i) -> reporterChat(i).filter((chat) -> chat.id() == chatId).isPresent());
		if (incident.isEmpty()) {
			return Optional.empty();
		}
		Incident.Change change = new Incident.Change(Status.NEW, null, this.clock.instant(),
				"reopened by the reporter");
		Optional<Incident> reopened = this.incidents.transition(code, Status.NEW, change, null);
		reopened.ifPresent((i) -> this.events.publishEvent(new IncidentReopened(code)));
		return reopened;
	}

	/**
	 * Open reports of the same kind at the same place from the last days, newest first.
	 */
	public List<Incident> similar(Category category, String areaId, String markerId) {
		return this.incidents.similar(category, areaId, markerId,
				this.clock.instant().minus(this.settings.sameProblemWindow()));
	}

	/**
	 * Adds someone who reports the same problem to an open incident, instead of a
	 * duplicate: they hear of its changes too, by name or through a relay of their own.
	 */
	public Optional<Incident> join(String code, long chatId, boolean anonymous) {
		Optional<Incident> incident = this.incidents.find(code).filter((i) -> i.status().isOpen());
		incident.ifPresent((i) -> {
			if (anonymous) {
				String relay = token();
				this.relays.open(relay, chatId, code, this.clock.instant().plus(this.settings.relayRetention()));
				this.incidents.follow(code, null, relay);
			}
			else {
				this.incidents.follow(code, chatId, null);
			}
		});
		return incident;
	}

	/** Every chat to tell about an incident: the reporter and those who joined it. */
	public List<Chat> chatsToTell(Incident incident) {
		java.util.LinkedHashMap<Long, Chat> chats = new java.util.LinkedHashMap<>();
		reporterChat(incident).ifPresent((chat) -> chats.put(chat.id(), chat));
		incident.followerIds().forEach((id) -> chats.putIfAbsent(id, new Chat(id, false)));
		for (String relay : incident.followerRelays()) {
			relayed(relay).ifPresent((chat) -> chats.putIfAbsent(chat.id(), chat));
		}
		return List.copyOf(chats.values());
	}

	/**
	 * The chat to tell about an incident: its named reporter, or the anonymous one's
	 * relay.
	 */
	public Optional<Chat> reporterChat(Incident incident) {
		if (!incident.anonymous()) {
			return Optional.of(new Chat(incident.reporterId(), false));
		}
		return relayed(incident.relayToken());
	}

	private Optional<Chat> relayed(String relay) {
		java.util.OptionalLong chat = this.relays.chat(relay, this.clock.instant());
		return chat.isPresent() ? Optional.of(new Chat(chat.getAsLong(), true)) : Optional.empty();
	}

	/**
	 * A chat to tell about an incident.
	 *
	 * @param id the chat
	 * @param relayed reached through a relay: what is sent must not keep who it went to
	 */
	public record Chat(long id, boolean relayed) {

	}

	/**
	 * Records an officer's question and returns the chat to put it to (the named reporter
	 * or the anonymous one's relay), with the question's id; empty if the officer may not
	 * or the reporter can no longer be reached.
	 */
	public Optional<Asked> ask(Sender officer, String code, String text) {
		Optional<Incident> incident = this.incidents.find(code).filter((i) -> mayHandle(officer, i));
		Optional<Chat> chat = incident.flatMap(this::reporterChat);
		if (chat.isEmpty()) {
			return Optional.empty();
		}
		Question question = new Question(token(), code, officer.userId(), text, this.clock.instant());
		this.incidents.saveQuestion(question);
		this.audit.record(officer.userId(), "incident.asked", code);
		return Optional.of(new Asked(question.id(), chat.get()));
	}

	/** Whom an answer goes to: the officer who asked, and about which incident. */
	public Optional<Asked> asker(String questionId) {
		return this.incidents.question(questionId).map((q) -> new Asked(q.code(), new Chat(q.officerId(), false)));
	}

	/**
	 * A question put, or an answer's way back.
	 *
	 * @param ref the question id (when asking) or the incident code (when answering)
	 * @param chat the chat to send to
	 */
	public record Asked(String ref, Chat chat) {

	}

	/**
	 * A page of the open incidents an officer may handle: in the areas they are an
	 * officer of, or everywhere for an admin of everywhere.
	 */
	public Page openFor(Sender officer, Filter filter, int page, int size) {
		boolean everywhere = officer.isAdmin() && officer.areas(Role.ADMIN).isEmpty();
		List<OpenIncidents.Entry> matching = this.incidents.openIn(everywhere ? null : scope(officer))
			.stream()
			.filter(filter::matches)
			.sorted(Comparator.comparing(OpenIncidents.Entry::createdAt).reversed())
			.toList();
		int from = Math.min(matching.size(), page * size);
		List<OpenIncidents.Entry> shown = matching.subList(from, Math.min(matching.size(), from + size));
		return new Page(this.incidents.current(shown), matching.size());
	}

	/** The areas an officer acts in, with every area beneath them. */
	Set<String> scope(Sender officer) {
		Set<String> scope = new HashSet<>();
		for (Role role : List.of(Role.OFFICER, Role.ADMIN)) {
			for (String area : officer.areas(role)) {
				this.areas.within(area).forEach((a) -> scope.add(a.id()));
			}
		}
		return scope;
	}

	/**
	 * Which open incidents a list shows.
	 *
	 * @param statuses these statuses
	 * @param category this category only, or any when null
	 */
	public record Filter(Set<Status> statuses, Category category) {

		boolean matches(OpenIncidents.Entry entry) {
			return this.statuses.contains(entry.status())
					&& (this.category == null || this.category == entry.category());
		}

	}

	/**
	 * Some incidents and how many there are in all.
	 *
	 * @param incidents this page
	 * @param total all that match
	 */
	public record Page(List<Incident> incidents, long total) {

	}

	public List<Incident> reportedBy(long memberId) {
		return this.incidents.reportedBy(memberId, this.relays.codesOf(memberId, this.clock.instant()), 20);
	}

	private String token() {
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
