package org.danvan.sandbox.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.access.Member;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.sandbox.Persona;
import org.danvan.sandbox.Personas;
import org.danvan.sandbox.SandboxMode;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What the sandbox page reads: its texts, the personas, their chats as they change,
 * sample places and the files in the chats; and the reset. What a persona sends is
 * {@link PersonaActions}.
 */
@RestController
@RequestMapping("/sandbox/api")
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
class SandboxApi {

	private final Personas personas;

	private final MemberManagement members;

	private final BotApiStandIn standIn;

	private final AreaManagement areas;

	private final Languages languages;

	private final Texts texts;

	private final ChatEvents events;

	private final Reset reset;

	SandboxApi(Personas personas, MemberManagement members, SandboxMode mode, AreaManagement areas, Languages languages,
			Texts texts, ChatEvents events, Reset reset) {
		this.personas = personas;
		this.members = members;
		this.standIn = mode.standIn();
		this.areas = areas;
		this.languages = languages;
		this.texts = texts;
		this.events = events;
		this.reset = reset;
	}

	record TextsView(String language, List<LanguageView> languages, Map<String, String> texts) {

	}

	record LanguageView(String tag, String name) {

	}

	record PersonaView(long id, String name, String role, String place, String province) {

	}

	record PlaceView(String name, double lat, double lon) {

	}

	@GetMapping("/texts")
	TextsView texts(@RequestParam(defaultValue = "") String lang) {
		String language = language(lang);
		Map<String, String> shown = new LinkedHashMap<>();
		for (String key : PageTexts.KEYS) {
			shown.put(key, this.texts.plain(language, Text.of(key)));
		}
		List<LanguageView> spoken = this.languages.supported()
			.stream()
			.map((tag) -> new LanguageView(tag, Languages.ownName(tag)))
			.toList();
		return new TextsView(language, spoken, shown);
	}

	@GetMapping("/personas")
	List<PersonaView> personas(@RequestParam(defaultValue = "") String lang) {
		String language = language(lang);
		this.personas.speak(language);
		Map<Long, Role> roles = new HashMap<>();
		this.members.members(this.personas.all().stream().map(Persona::id).toList())
			.forEach((member) -> roles.put(member.id(), highest(member)));
		List<PersonaView> views = new ArrayList<>();
		for (Persona persona : this.personas.all()) {
			Optional<Area> village = Optional.ofNullable(persona.villageId()).flatMap(this.areas::area);
			String place = village.map((v) -> v.name(language) + ", " + name(v.parentId(), language)).orElse("");
			String province = village.map((v) -> name(v.path().get(0), language))
				.orElseGet(
						() -> String.join(", ", this.areas.provinces().stream().map((p) -> p.name(language)).toList()));
			Role role = roles.getOrDefault(persona.id(), persona.role());
			views.add(new PersonaView(persona.id(), persona.name(), role.name().toLowerCase(), place, province));
		}
		return views;
	}

	@GetMapping("/chats/{id}")
	ChatView chat(@PathVariable long id) {
		persona(id);
		return ChatView.of(this.standIn, id);
	}

	@GetMapping(path = "/events", produces = "text/event-stream")
	SseEmitter events() {
		return this.events.open();
	}

	@GetMapping("/places")
	List<PlaceView> places(@RequestParam long persona, @RequestParam(defaultValue = "") String lang) {
		String language = language(lang);
		String home = Optional.ofNullable(persona(persona).villageId())
			.flatMap(this.areas::area)
			.map(Area::parentId)
			.orElse(this.areas.provinces().get(0).id());
		List<PlaceView> places = new ArrayList<>();
		for (Area village : this.areas.villages(home)) {
			places.add(new PlaceView(village.name(language), village.location().lat(), village.location().lon()));
		}
		String marker = this.texts.plain(language, Text.of("sandbox.place.marker"));
		for (BorderMarker border : this.areas.markers(home)) {
			places.add(new PlaceView(marker + " " + border.number(), border.location().lat(), border.location().lon()));
		}
		return places;
	}

	@GetMapping("/files/{id}/{messageId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable int messageId) {
		persona(id);
		return ChatFiles.of(this.standIn, id, messageId)
			.orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "sandbox.error.no-file"));
	}

	@PostMapping("/reset")
	ResponseEntity<Void> reset() {
		this.events.resetting();
		this.reset.start();
		return ResponseEntity.accepted().build();
	}

	/** The highest role a member holds now: an invite may have given a villager one. */
	private static Role highest(Member member) {
		return member.grants().stream().map(Grant::role).max(Comparator.naturalOrder()).orElse(Role.VILLAGER);
	}

	private Persona persona(long id) {
		return this.personas.find(id).orElseThrow(Refused::noPersona);
	}

	private String language(String lang) {
		return this.personas.pageLanguage(lang);
	}

	private String name(String areaId, String language) {
		return this.areas.area(areaId).map((area) -> area.name(language)).orElse("");
	}

}
