package org.danvan.sandbox.web;

import java.util.List;

/** The keys of the sandbox page's own texts, in every bundle of {@code messages/}. */
final class PageTexts {

	static final List<String> KEYS = List.of("sandbox.title", "sandbox.language", "sandbox.reset",
			"sandbox.reset.title", "sandbox.reset.text", "sandbox.reset.confirm", "sandbox.resetting", "sandbox.cancel",
			"sandbox.close", "sandbox.personas", "sandbox.search", "sandbox.no-match", "sandbox.staff",
			"sandbox.role.villager", "sandbox.role.officer", "sandbox.role.coordinator", "sandbox.role.admin",
			"sandbox.unread", "sandbox.welcome.title", "sandbox.welcome.text", "sandbox.welcome.personas",
			"sandbox.welcome.reset", "sandbox.back", "sandbox.empty", "sandbox.start", "sandbox.compose",
			"sandbox.send", "sandbox.attach", "sandbox.photo", "sandbox.document", "sandbox.voice", "sandbox.location",
			"sandbox.open-link", "sandbox.places", "sandbox.edited", "sandbox.download", "sandbox.open-map",
			"sandbox.open-original", "sandbox.to-bottom", "sandbox.loading", "sandbox.error", "sandbox.offline");

	private PageTexts() {
	}

}
