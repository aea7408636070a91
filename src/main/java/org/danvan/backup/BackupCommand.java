package org.danvan.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
 * {@code /backup}: when the last backup ran, its size and where it is, with a button to
 * take one now; for admins of the whole deployment.
 */
@Component
class BackupCommand implements CommandHandler {

	static final String PREFIX = "bkp";

	static final String NOW = "now";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final Backups backups;

	private final BackupSettings settings;

	BackupCommand(Backups backups, BackupSettings settings) {
		this.backups = backups;
		this.settings = settings;
	}

	@Override
	public String command() {
		return "backup";
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		if (!sender.isAdminEverywhere()) {
			return List.of(Reply.message(Text.of("backup.not-allowed")));
		}
		if (!this.backups.embedded()) {
			return List.of(Reply.message(Text.of("backup.external")));
		}
		return List.of(Reply.message(status(), runNow()));
	}

	/** The last backup, or that there is none yet. */
	Text status() {
		String dir = this.backups.dir().toString();
		String at = (this.settings.at().isBlank()) ? "–" : this.settings.at();
		return this.backups.latest()
			.map((latest) -> Text.of("backup.status", "at", TIME.format(latest.takenAt()), "kb",
					kilobytes(latest.bytes()), "file", latest.file().getFileName().toString(), "dir", dir, "daily", at,
					"keep", this.settings.keep()))
			.orElseGet(() -> Text.of("backup.none", "dir", dir, "daily", at));
	}

	static Keyboard runNow() {
		return Keyboard.of(List.of(Button.of(Text.of("backup.button.now"), CallbackData.of(PREFIX, NOW))));
	}

	static long kilobytes(long bytes) {
		return (bytes + 1023) / 1024;
	}

}
