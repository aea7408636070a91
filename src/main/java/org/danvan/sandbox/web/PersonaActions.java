package org.danvan.sandbox.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.danvan.sandbox.Persona;
import org.danvan.sandbox.Personas;
import org.danvan.sandbox.SandboxMode;
import org.danvan.sandbox.botapi.ApiError;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a persona sends from their phone, as Telegram's app sends it: a text, a button
 * press, a place, their own number, a photo, a file, a voice note. What the app would not
 * send is refused, and nothing reaches the bot.
 */
@RestController
@RequestMapping("/sandbox/api/chats/{id}")
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
class PersonaActions {

	private static final Duration PRESS_ANSWER = Duration.ofSeconds(10);

	private final Personas personas;

	private final BotApiStandIn standIn;

	PersonaActions(Personas personas, SandboxMode mode) {
		this.personas = personas;
		this.standIn = mode.standIn();
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

	@PostMapping("/text")
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

	/**
	 * Presses a button of a message the bot sent, and gives the toast it answered with.
	 */
	@PostMapping("/press")
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

	@PostMapping("/location")
	ResponseEntity<Void> location(@PathVariable long id, @RequestBody LocationAction action) {
		StandInUser phone = phone(id, action.lang());
		if (Math.abs(action.lat()) > 90 || Math.abs(action.lon()) > 180) {
			throw new Refused(HttpStatus.BAD_REQUEST, "sandbox.error.place");
		}
		phone.shareLocation(action.lat(), action.lon());
		return ResponseEntity.noContent().build();
	}

	/** Shares the persona's own number, as the key the bot shows for it does. */
	@PostMapping("/contact")
	ResponseEntity<Void> contact(@PathVariable long id, @RequestBody LanguageAction action) {
		Persona persona = this.personas.find(id).orElseThrow(Refused::noPersona);
		if (phone(id, action.lang()).shareOwnContactIfAsked(persona.phone()).isEmpty()) {
			throw new Refused(HttpStatus.CONFLICT, "sandbox.error.no-contact-key");
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/photo")
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

	@PostMapping("/document")
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

	@PostMapping("/voice")
	ResponseEntity<Void> voice(@PathVariable long id, @RequestParam MultipartFile file,
			@RequestParam(required = false) String lang) throws IOException {
		StandInUser phone = phone(id, lang);
		try {
			phone.sendVoice(file.getBytes());
		}
		catch (ApiError notAVoice) {
			throw new Refused(HttpStatus.BAD_REQUEST, "sandbox.error.not-voice");
		}
		return ResponseEntity.noContent().build();
	}

	/** The persona's phone, its app switched to the page's language. */
	private StandInUser phone(long id, String lang) {
		Persona persona = this.personas.find(id).orElseThrow(Refused::noPersona);
		if (lang != null && !lang.isBlank()) {
			this.personas.speak(this.personas.pageLanguage(lang));
		}
		return this.personas.phone(persona);
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
