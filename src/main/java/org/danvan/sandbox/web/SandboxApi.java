package org.danvan.sandbox.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.danvan.sandbox.botapi.ApiError;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What the sandbox page reads and does: the personas, their chats, and every way a person
 * writes to the bot from Telegram's app, played on the stand-in.
 */
@RestController
@RequestMapping("/sandbox/api")
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
class SandboxApi {

	private static final Duration PRESS_ANSWER = Duration.ofSeconds(10);

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

	record TextAction(String text, String lang) {

	}

	record PressAction(int messageId, String data, String lang) {

	}

	record LocationAction(double lat, double lon, String lang) {

	}

	record LanguageAction(String lang) {

	}

	record Toast(String toast) {

	}

	record Problem(String error) {

	}

	/** A request the page should not have made, answered in the page's language. */
	static final class Refused extends RuntimeException {

		private final HttpStatus status;

		private final String key;

		Refused(HttpStatus status, String key) {
			super(key);
			this.status = status;
			this.key = key;
		}

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
			String place = village.map((v) -> v.name(language) + ", " + parentName(v, language)).orElse("");
			String province = village.map((v) -> name(v.path().get(0), language))
				.orElseGet(
						() -> String.join(", ", this.areas.provinces().stream().map((p) -> p.name(language)).toList()));
			Role role = roles.getOrDefault(persona.id(), persona.role());
			views.add(new PersonaView(persona.id(), persona.name(), role.name().toLowerCase(), place, province));
		}
		return views;
	}

	/** The highest role a member holds now: an invite may have given a villager one. */
	private static Role highest(Member member) {
		return member.grants().stream().map(Grant::role).max(Comparator.naturalOrder()).orElse(Role.VILLAGER);
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

	@PostMapping("/chats/{id}/text")
	ResponseEntity<Void> text(@PathVariable long id, @RequestBody TextAction action) {
		StandInUser phone = phone(id, action.lang());
		String text = (action.text() != null) ? action.text().strip() : "";
		if (text.isEmpty()) {
			throw new Refused(HttpStatus.BAD_REQUEST, "sandbox.error.empty");
		}
		if (text.length() > 4096) {
			throw new Refused(HttpStatus.BAD_REQUEST, "sandbox.error.too-long");
		}
		phone.send(text);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/chats/{id}/press")
	Toast press(@PathVariable long id, @RequestBody PressAction action) {
		StandInUser phone = phone(id, action.lang());
		BotMessage message = this.standIn.messages(id)
			.stream()
			.filter((m) -> m.messageId() == action.messageId())
			.filter((m) -> m.buttons()
				.stream()
				.flatMap(List::stream)
				.anyMatch((b) -> b.callbackData() != null && b.callbackData().equals(action.data())))
			.findFirst()
			.orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "sandbox.error.no-button"));
		ObjectNode update = phone.pressData(message, action.data());
		String callbackId = update.get("callback_query").get("id").asText();
		long deadline = System.nanoTime() + PRESS_ANSWER.toNanos();
		while (!this.standIn.callbackAnswered(callbackId) && System.nanoTime() < deadline) {
			pause();
		}
		return new Toast(this.standIn.callbackAnswered(callbackId) ? this.standIn.callbackText(callbackId) : "");
	}

	@PostMapping("/chats/{id}/location")
	ResponseEntity<Void> location(@PathVariable long id, @RequestBody LocationAction action) {
		StandInUser phone = phone(id, action.lang());
		if (Math.abs(action.lat()) > 90 || Math.abs(action.lon()) > 180) {
			throw new Refused(HttpStatus.BAD_REQUEST, "sandbox.error.place");
		}
		phone.shareLocation(action.lat(), action.lon());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/chats/{id}/contact")
	ResponseEntity<Void> contact(@PathVariable long id, @RequestBody LanguageAction action) {
		Persona persona = persona(id);
		if (phone(id, action.lang()).shareOwnContactIfAsked(persona.phone()).isEmpty()) {
			throw new Refused(HttpStatus.CONFLICT, "sandbox.error.no-contact-key");
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/chats/{id}/photo")
	ResponseEntity<Void> photo(@PathVariable long id, @RequestParam MultipartFile file,
			@RequestParam(required = false) String caption, @RequestParam(required = false) String lang)
			throws IOException {
		StandInUser phone = phone(id, lang);
		try {
			phone.sendPhoto(file.getBytes(), (caption == null || caption.isBlank()) ? null : caption.strip());
		}
		catch (ApiError notAPhoto) {
			throw new Refused(HttpStatus.BAD_REQUEST, "sandbox.error.not-image");
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/chats/{id}/document")
	ResponseEntity<Void> document(@PathVariable long id, @RequestParam MultipartFile file,
			@RequestParam(required = false) String lang) throws IOException {
		StandInUser phone = phone(id, lang);
		if (file.isEmpty()) {
			throw new Refused(HttpStatus.BAD_REQUEST, "sandbox.error.empty-file");
		}
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "file";
		phone.sendDocument(name, file.getBytes());
		return ResponseEntity.noContent().build();
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

	@ExceptionHandler(Refused.class)
	ResponseEntity<Problem> refused(Refused refused) {
		String language = this.personas.language();
		return ResponseEntity.status(refused.status)
			.body(new Problem(this.texts.plain(language, Text.of(refused.key))));
	}

	private Persona persona(long id) {
		return this.personas.find(id).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "sandbox.error.no-persona"));
	}

	private StandInUser phone(long id, String lang) {
		Persona persona = persona(id);
		if (lang != null && !lang.isBlank()) {
			this.personas.speak(language(lang));
		}
		return this.personas.phone(persona);
	}

	private String language(String lang) {
		return this.languages.isSupported(lang) ? lang : this.languages.defaultLanguage();
	}

	private String parentName(Area area, String language) {
		return name(area.parentId(), language);
	}

	private String name(String areaId, String language) {
		return this.areas.area(areaId).map((area) -> area.name(language)).orElse("");
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
