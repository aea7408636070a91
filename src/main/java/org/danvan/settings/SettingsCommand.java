package org.danvan.settings;

import java.util.List;

import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/** {@code /settings}: what the bot sends this member, switched on or off with buttons. */
@Component
class SettingsCommand implements CommandHandler {

	private final SettingsView view;

	SettingsCommand(SettingsView view) {
		this.view = view;
	}

	@Override
	public String command() {
		return "settings";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		return List.of(this.view.view(sender, Reply.Kind.MESSAGE));
	}

}
