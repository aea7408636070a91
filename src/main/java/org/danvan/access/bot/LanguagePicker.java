package org.danvan.access.bot;

import java.util.List;

import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;

import org.springframework.stereotype.Component;

/**
 * The language buttons: each language named in itself, the current one ticked.
 */
@Component
class LanguagePicker {

	static final String PREFIX = "lang";

	private final Languages languages;

	LanguagePicker(Languages languages) {
		this.languages = languages;
	}

	Keyboard keyboard(String current) {
		List<Button> buttons = this.languages.supported()
			.stream()
			.map((tag) -> Button.of(Text.literal((tag.equals(current) ? "✓ " : "") + ownName(tag)),
					CallbackData.of(PREFIX, "set", tag)))
			.toList();
		return Keyboard.grid(buttons, 2);
	}

	static String ownName(String tag) {
		return org.danvan.i18n.Languages.ownName(tag);
	}

}
