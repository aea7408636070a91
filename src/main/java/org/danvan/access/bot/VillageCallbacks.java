package org.danvan.access.bot;

import java.util.List;

import org.danvan.access.MemberManagement;
import org.danvan.area.AreaManagement;
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
 * The village picker's buttons: {@code vil:open:<area>[.<page>]} shows the areas beneath,
 * {@code vil:set:<village>} makes it the presser's home village.
 */
@Component
class VillageCallbacks implements CallbackHandler {

	private final VillagePicker picker;

	private final MemberManagement members;

	private final AreaManagement areas;

	VillageCallbacks(VillagePicker picker, MemberManagement members, AreaManagement areas) {
		this.picker = picker;
		this.members = members;
		this.areas = areas;
	}

	@Override
	public String prefix() {
		return VillagePicker.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		if ("open".equals(data.action())) {
			return open(data.arg(), sender);
		}
		if ("set".equals(data.action()) && this.members.chooseVillage(sender.userId(), data.arg())) {
			String village = this.areas.area(data.arg()).orElseThrow().name(sender.language());
			String commune = this.areas.area(data.arg())
				.map((area) -> this.areas.area(area.parentId()).map((p) -> p.name(sender.language())).orElse(""))
				.orElse("");
			return List.of(Reply.edit(Text.of("village.set", "village", village, "commune", commune), Keyboard.NONE));
		}
		return List.of(Reply.toast(Text.of("bot.button-expired")));
	}

	private List<Reply> open(String arg, Sender sender) {
		int dot = arg.lastIndexOf('.');
		String areaId = (dot > 0) ? arg.substring(0, dot) : arg;
		int page = 0;
		if (dot > 0) {
			try {
				page = Integer.parseInt(arg.substring(dot + 1));
			}
			catch (NumberFormatException ex) {
				return List.of(Reply.toast(Text.of("bot.button-expired")));
			}
		}
		if (!VillagePicker.TOP.equals(areaId) && this.areas.area(areaId).isEmpty()) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		return List.of(Reply.edit(Text.of("village.choose"), this.picker.keyboard(areaId, page, sender.language())));
	}

}
