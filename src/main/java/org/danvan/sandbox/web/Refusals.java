package org.danvan.sandbox.web;

import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.sandbox.Personas;
import org.danvan.sandbox.SandboxMode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused request with a sentence the page shows, in its language. */
@RestControllerAdvice(basePackageClasses = Refusals.class)
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
class Refusals {

	private final Personas personas;

	private final Texts texts;

	Refusals(Personas personas, Texts texts) {
		this.personas = personas;
		this.texts = texts;
	}

	record Problem(String error) {

	}

	@ExceptionHandler(Refused.class)
	ResponseEntity<Problem> refused(Refused refused) {
		return ResponseEntity.status(refused.status())
			.body(new Problem(this.texts.plain(this.personas.language(), Text.of(refused.key()))));
	}

}
