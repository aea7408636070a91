package org.danvan.settings;

import java.util.List;

import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The switches of {@code /settings}: a press changes the presser's own setting, and only
 * one that concerns them.
 */
@Component
class SettingsCallbacks implements CallbackHandler {

	private final SettingsView view;

	private final Preferences preferences;

	SettingsCallbacks(SettingsView view, Preferences preferences) {
		this.view = view;
		this.preferences = preferences;
	}

	@Override
	public String prefix() {
		return SettingsView.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Notice notice = this.view.applicable(sender)
			.stream()
			.filter((n) -> n.name().equals(data.arg()))
			.findFirst()
			.orElse(null);
		if (notice == null || !"t".equals(data.action())) {
			return List.of(Reply.toast(Text.of("settings.stale")));
		}
		boolean on = !this.preferences.wants(sender.userId(), notice);
		this.preferences.set(sender.userId(), notice, on);
		return List.of(Reply.toast(Text.of(on ? "settings.on" : "settings.off")),
				this.view.view(sender, Reply.Kind.EDIT));
	}

}
