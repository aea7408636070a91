package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /enrollment}: groups, households, people, road and markers covered, pending
 * approvals, for the sender's area and drillable down to a group. Coordinators and
 * officers; {@code /enrollment rebuild} (admins) recomputes the totals.
 */
@Component
class EnrollmentCommand implements CommandHandler {

	private final EnrollmentAccess access;

	private final EnrollmentViews views;

	private final EnrollmentManagement enrollment;

	EnrollmentCommand(EnrollmentAccess access, EnrollmentViews views, EnrollmentManagement enrollment) {
		this.access = access;
		this.views = views;
		this.enrollment = enrollment;
	}

	@Override
	public String command() {
		return "enrollment";
	}

	@Override
	public Role role() {
		return Role.COORDINATOR;
	}

	@Override
	public boolean allows(Sender sender) {
		return EnrollmentAccess.readsEnrollment(sender);
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		Optional<List<Reply>> refused = EnrollmentAccess.privateOnly(inbound);
		if (refused.isPresent()) {
			return refused.get();
		}
		if ("rebuild".equals(command.args().strip())) {
			if (!sender.isAdminEverywhere()) {
				return List.of(Reply.message(Text.of("enrollment.rebuild.admins")));
			}
			return List.of(Reply.message(Text.of("enrollment.rebuilt", "count", this.enrollment.rebuild())));
		}
		if ("chart".equals(command.args().strip())) {
			return start(sender, "chart");
		}
		return start(sender, "area");
	}

	/** The view of the sender's one area, or a button per area when they have several. */
	List<Reply> start(Sender sender, String action) {
		List<Area> roots = this.access.roots(sender, false);
		if (roots.size() == 1 && "area".equals(action)) {
			return List.of(this.views.area(roots.get(0), sender, Reply.Kind.MESSAGE));
		}
		if (roots.size() == 1) {
			return "csv".equals(action) ? this.views.csv(roots.get(0), sender)
					: List.of(this.views.chart(roots.get(0), sender));
		}
		List<Button> buttons = roots.stream()
			.map((area) -> Button.of(Text.literal(area.name(sender.language())),
					CallbackData.of(EnrollmentViews.PREFIX, action, area.id())))
			.toList();
		return List.of(Reply.message(Text.of("enrollment.choose-area"), Keyboard.grid(buttons, 2)));
	}

}
