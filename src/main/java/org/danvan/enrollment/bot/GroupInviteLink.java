package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Map;

import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.i18n.Text;
import org.danvan.telegram.DeepLinkHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.StartPayload;

import org.springframework.stereotype.Component;

/**
 * Opens a group's invite, {@code t.me/<bot>?start=grp-<code>} (printed as a QR code for
 * the commune office's notice board): enrollment straight into that group.
 */
@Component
class GroupInviteLink implements DeepLinkHandler {

	static final String KIND = "grp";

	private final EnrollmentManagement enrollment;

	private final EnrollCommand enroll;

	GroupInviteLink(EnrollmentManagement enrollment, EnrollCommand enroll) {
		this.enrollment = enrollment;
		this.enroll = enroll;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Reply> open(Inbound inbound, StartPayload payload, Sender sender) {
		return this.enrollment.group(payload.value())
			.map((group) -> this.enroll.start(inbound, sender,
					Map.of("invited", true, "group", group.id(), "groupName", group.name(), "village",
							group.villageId())))
			.orElseGet(() -> List.of(Reply.message(Text.of("enroll.invite.unknown"))));
	}

}
