package org.danvan.backup;

import java.util.List;

import org.danvan.access.AuditLog;
import org.danvan.i18n.Text;
import org.danvan.shared.Redacted;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The "back up now" button of {@code /backup}: only an admin of the whole deployment may
 * press it, whatever the button says; each backup taken is audited.
 */
@Component
class BackupCallbacks implements CallbackHandler {

	private static final Logger log = LoggerFactory.getLogger(BackupCallbacks.class);

	private final Backups backups;

	private final BackupCommand command;

	private final AuditLog audit;

	BackupCallbacks(Backups backups, BackupCommand command, AuditLog audit) {
		this.backups = backups;
		this.command = command;
		this.audit = audit;
	}

	@Override
	public String prefix() {
		return BackupCommand.PREFIX;
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		if (!BackupCommand.NOW.equals(data.action())) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		if (!sender.isAdminEverywhere()) {
			return List.of(Reply.toast(Text.of("backup.not-allowed")));
		}
		if (!this.backups.embedded()) {
			return List.of(Reply.toast(Text.of("backup.external")));
		}
		BackupFile taken;
		try {
			taken = this.backups.takeNow();
		}
		catch (RuntimeException ex) {
			log.error("The backup asked for by {} failed", sender.userId(), Redacted.of(ex));
			return List.of(Reply.toast(Text.of("backup.failed")));
		}
		this.audit.record(sender.userId(), "backup.taken", taken.file().getFileName().toString());
		return List.of(Reply.edit(this.command.status(), BackupCommand.runNow()),
				Reply.toast(Text.of("backup.done", "kb", BackupCommand.kilobytes(taken.bytes()))));
	}

}
