package org.danvan.access.bot;

import java.util.List;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /language}: shows the language picker.
 */
@Component
class LanguageCommand implements CommandHandler {

	private final LanguagePicker picker;

	LanguageCommand(LanguagePicker picker) {
		this.picker = picker;
	}

	@Override
	public String command() {
		return "language";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		return List.of(Reply.message(Text.of("language.choose"), this.picker.keyboard(sender.language())));
	}

}
