package org.danvan.access.bot;

import java.util.List;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandCatalog;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code /help}: what this person may do, command by command.
 */
@Component
class HelpCommand implements CommandHandler {

	private final CommandCatalog catalog;

	HelpCommand(@Lazy CommandCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String command() {
		return "help";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		List<Text> lines = this.catalog.available(sender)
			.stream()
			.map((handler) -> Text.of("help.line", "command", "/" + handler.command(), "description",
					Text.of(handler.descriptionKey())))
			.toList();
		return List.of(Reply.message(Text.of("help.list", "commands", lines)));
	}

}
