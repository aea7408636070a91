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
 * {@code /village}: pick or change one's home village.
 */
@Component
class VillageCommand implements CommandHandler {

	private final VillagePicker picker;

	VillageCommand(VillagePicker picker) {
		this.picker = picker;
	}

	@Override
	public String command() {
		return "village";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		return List.of(prompt(this.picker, sender));
	}

	static Reply prompt(VillagePicker picker, Sender sender) {
		return Reply.message(Text.of("village.choose"), picker.keyboard(VillagePicker.TOP, 0, sender.language()));
	}

}
