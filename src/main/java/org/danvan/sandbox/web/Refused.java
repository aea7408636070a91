package org.danvan.sandbox.web;

import org.springframework.http.HttpStatus;

/**
 * A request the page should not have made; {@link Refusals} answers it in the page's
 * language.
 */
final class Refused extends RuntimeException {

	private final HttpStatus status;

	private final String key;

	Refused(HttpStatus status, String key) {
		super(key);
		this.status = status;
		this.key = key;
	}

	static Refused noPersona() {
		return new Refused(HttpStatus.NOT_FOUND, "sandbox.error.no-persona");
	}

	HttpStatus status() {
		return this.status;
	}

	String key() {
		return this.key;
	}

}
