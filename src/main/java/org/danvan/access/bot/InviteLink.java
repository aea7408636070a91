package org.danvan.access.bot;

import java.util.List;

import org.danvan.access.Invite;
import org.danvan.access.Invites;
import org.danvan.access.MemberManagement;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.telegram.DeepLinkHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.StartPayload;

import org.springframework.stereotype.Component;

/**
 * Opens {@code t.me/<bot>?start=inv-<code>}: grants the invite's role to whoever opens it
 * first.
 */
@Component
class InviteLink implements DeepLinkHandler {

	static final String KIND = "inv";

	private final Invites invites;

	private final MemberManagement members;

	private final AreaManagement areas;

	InviteLink(Invites invites, MemberManagement members, AreaManagement areas) {
		this.invites = invites;
		this.members = members;
		this.areas = areas;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Reply> open(Inbound inbound, StartPayload payload, Sender sender) {
		Invites.Redemption redemption = this.invites.redeem(payload.value(), sender.userId());
		return switch (redemption.outcome()) {
			case GRANTED -> granted(redemption.invite().orElseThrow(), sender);
			case USED -> List.of(Reply.message(Text.of("invite.used")));
			case EXPIRED -> List.of(Reply.message(Text.of("invite.expired")));
			case UNKNOWN -> List.of(Reply.message(Text.of("start.link-invalid")));
		};
	}

	private List<Reply> granted(Invite invite, Sender sender) {
		this.members.grant(invite.createdBy(), sender.userId(), invite.grant());
		String area = invite.grant().everywhere() ? "*"
				: this.areas.area(invite.grant().areaId()).map((a) -> a.name(sender.language())).orElse("?");
		return List
			.of(Reply.message(Text.of("invite.granted", "role", RoleNames.shown(invite.grant().role()), "area", area)));
	}

}
