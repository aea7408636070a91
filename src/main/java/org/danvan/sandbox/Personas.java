package org.danvan.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.danvan.access.Member;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Languages;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.telegram.InboundUser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sandbox's people: an officer, a coordinator and an admin, then a villager of each
 * sample village. They are made members with their roles and villages on the first start
 * (and after a reset), and they all speak the page's language until one of them picks
 * another with {@code /language}.
 */
@Component
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
public class Personas {

	static final long OFFICER = 900_001;

	static final long COORDINATOR = 900_002;

	static final long ADMIN = 900_003;

	private static final long FIRST_VILLAGER = 910_001;

	private static final List<String> KINH = List.of("Lan", "Minh", "Hoa", "Tuấn", "Mai", "Phúc", "Hạnh", "Dũng", "Thu",
			"Bình", "Ngọc", "Quang");

	private static final List<String> KHMER = List.of("Thạch Sô Phol", "Sơn Thị Ra", "Kim Sa Ly", "Danh Sóc Kha");

	private static final List<String> TAY_NUNG = List.of("Hoàng Páo", "Lương Thị Nhì", "Nông Thị Sen", "Vi Văn Tài",
			"Lộc Thị Mỷ", "Hoàng Văn Khánh", "Triệu Thị Lìn", "Chu Văn Tâm", "Lăng Thị Hồng", "Nông Văn Dín",
			"Mông Thị Vân", "Hà Văn Sình");

	private final MemberManagement members;

	private final AreaManagement areas;

	private final BotApiStandIn standIn;

	private final Languages languages;

	private final List<Persona> all;

	private String language;

	Personas(MemberManagement members, AreaManagement areas, Languages languages, SandboxMode mode) {
		this.members = members;
		this.areas = areas;
		this.standIn = mode.standIn();
		this.languages = languages;
		this.language = languages.defaultLanguage();
		this.all = List.copyOf(people());
	}

	private List<Persona> people() {
		List<Persona> people = new ArrayList<>();
		people.add(new Persona(OFFICER, "Trần Văn Hùng", Role.OFFICER, null, "+84905000001"));
		people.add(new Persona(COORDINATOR, "Nguyễn Thị Hằng", Role.COORDINATOR, null, "+84905000002"));
		people.add(new Persona(ADMIN, "Lê Minh Đức", Role.ADMIN, null, "+84905000003"));
		int kinh = 0;
		int khmer = 0;
		int tayNung = 0;
		long id = FIRST_VILLAGER;
		for (Area province : this.areas.provinces()) {
			List<Area> villages = this.areas.villages(province.id())
				.stream()
				.filter((village) -> !village.retired())
				.sorted(Comparator.comparing(Area::id))
				.toList();
			for (Area village : villages) {
				String name;
				if ("km".equals(village.defaultLanguage())) {
					name = KHMER.get(khmer++ % KHMER.size());
				}
				else if (province.id().startsWith("ls")) {
					name = TAY_NUNG.get(tayNung++ % TAY_NUNG.size());
				}
				else {
					name = KINH.get(kinh++ % KINH.size());
				}
				people.add(new Persona(id, name, Role.VILLAGER, village.id(), "+8491" + (id % 1_000_000)));
				id++;
			}
		}
		return people;
	}

	public List<Persona> all() {
		return this.all;
	}

	public Optional<Persona> find(long id) {
		return this.all.stream().filter((persona) -> persona.id() == id).findFirst();
	}

	/** The persona's side of the stand-in: their phone, as it were. */
	public StandInUser phone(Persona persona) {
		return this.standIn.startedUser(persona.id(), persona.name(), this.language);
	}

	@EventListener(ApplicationReadyEvent.class)
	void enrolOnFirstStart() {
		for (Persona persona : this.all) {
			phone(persona);
			if (this.members.member(persona.id()).isPresent()) {
				continue;
			}
			this.members.identify(new InboundUser(persona.id(), persona.name(), null, null, this.language));
			if (persona.villageId() != null) {
				this.members.chooseVillage(persona.id(), persona.villageId());
			}
			for (Grant grant : grants(persona.role())) {
				this.members.grant(ADMIN, persona.id(), grant);
			}
		}
	}

	private List<Grant> grants(Role role) {
		if (role == Role.ADMIN) {
			return List.of(new Grant(Role.ADMIN, null));
		}
		if (role == Role.VILLAGER) {
			return List.of();
		}
		return this.areas.provinces().stream().map((province) -> new Grant(role, province.id())).toList();
	}

	/**
	 * Has every persona's Telegram app speak {@code language}; so does the bot to every
	 * persona still speaking the page's former language.
	 */
	public synchronized void speak(String language) {
		if (language.equals(this.language)) {
			return;
		}
		String former = this.language;
		this.language = language;
		for (Persona persona : this.all) {
			phone(persona).language(language);
			Optional<Member> member = this.members.member(persona.id());
			if (member.isPresent() && former.equals(member.get().language())) {
				this.members.chooseLanguage(persona.id(), language);
			}
		}
	}

	/** The language the page asks for, if the bot speaks it; else the default one. */
	public String pageLanguage(String tag) {
		return this.languages.isSupported(tag) ? tag : this.languages.defaultLanguage();
	}

	public synchronized String language() {
		return this.language;
	}

}
