package org.danvan.access.bot;

import java.util.List;

import org.danvan.access.MemberManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The language buttons: {@code lang:set:<tag>} sets the presser's own language, nobody
 * else's.
 */
@Component
class LanguageCallbacks implements CallbackHandler {

	private final MemberManagement members;

	LanguageCallbacks(MemberManagement members) {
		this.members = members;
	}

	@Override
	public String prefix() {
		return LanguagePicker.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		if (!"set".equals(data.action()) || !this.members.chooseLanguage(sender.userId(), data.arg())) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		String chosen = this.members.lookup(sender.userId()).language();
		return List.of(Reply.toast(Text.of("language.changed.short")),
				Reply.edit(Text.of("language.changed", "language", LanguagePicker.ownName(chosen)), Keyboard.NONE));
	}

}
