package org.danvan.access.bot;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.danvan.access.AuditLog;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /audit}: the latest role changes and privileged actions, for admins.
 */
@Component
class AuditCommand implements CommandHandler {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final AuditLog audit;

	AuditCommand(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public String command() {
		return "audit";
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		List<Text> lines = this.audit.latest(20)
			.stream()
			.map((entry) -> Text.of("audit.line", "at", TIME.format(entry.at()), "actor",
					String.valueOf(entry.actorId()), "action", entry.action(), "target", entry.target()))
			.toList();
		if (lines.isEmpty()) {
			return List.of(Reply.message(Text.of("audit.empty")));
		}
		return List.of(Reply.message(Text.of("audit.list", "count", lines.size(), "lines", lines)));
	}

}
