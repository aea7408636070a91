package org.danvan.enrollment.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /export enrollment}: the households and groups of the sender's area as CSV files
 * (phone numbers for coordinators only).
 */
@Component
class ExportCommand implements CommandHandler {

	private final EnrollmentCommand enrollment;

	ExportCommand(EnrollmentCommand enrollment) {
		this.enrollment = enrollment;
	}

	@Override
	public String command() {
		return "export";
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
		if (!"enrollment".equals(command.args().strip())) {
			return List.of(Reply.message(Text.of("export.usage")));
		}
		return this.enrollment.start(sender, "csv");
	}

}
