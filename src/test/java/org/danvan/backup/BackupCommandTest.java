package org.danvan.backup;

import org.danvan.access.AuditLog;
import org.danvan.access.MemberManagement;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an admin of the whole deployment, when they send {@code /backup} and press "Back
 * up now", then a backup is written, audited, and the message shows it; an admin of one
 * province, and a villager pressing the button's data, are refused and write nothing.
 */
class BackupCommandTest extends EndToEndTest {

	@Autowired
	Backups backups;

	@Autowired
	AuditLog audit;

	@Autowired
	MemberManagement members;

	@Test
	void anAdminSeesTheLastBackupAndTakesOneNow() {
		StandInUser admin = telegram.user(1, "Admin", "en");
		admin.send("/backup");
		BotMessage status = admin
			.await((m) -> m.text().startsWith("No backup yet") || m.text().startsWith("Last backup"), "the status");
		assertThat(status.text()).contains(this.backups.dir().toString()).containsIgnoringCase("every day at 02:30");

		admin.press(status, "Back up now");

		BotMessage shown = admin.await((m) -> m.messageId() == status.messageId() && m.edits() >= 1,
				"the status with the new backup");
		BackupFile taken = this.backups.latest().orElseThrow();
		assertThat(shown.text()).startsWith("Last backup")
			.contains(taken.file().getFileName().toString(), "KB", "the newest 14 are kept");
		assertThat(this.audit.latest(20)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("backup.taken");
			assertThat(entry.target()).isEqualTo(taken.file().getFileName().toString());
		});
	}

	@Test
	void onlyAnAdminOfTheWholeDeploymentMayBackUp() {
		StandInUser provincial = newUser("Provincial", "en");
		provincial.send("/help");
		provincial.awaitText("What you can do:");
		this.members.grant(0, provincial.id(), new Grant(Role.ADMIN, "kg"));
		provincial.send("/backup");
		provincial.awaitText("only an admin of the whole deployment may take backups");

		StandInUser villager = newUser("Curious", "en");
		villager.send("/help");
		BotMessage help = villager.awaitText("What you can do:");
		String press = villager.pressData(help, BackupCommand.PREFIX + ":" + BackupCommand.NOW)
			.get("callback_query")
			.get("id")
			.asText();
		assertThat(telegram.callbackText(press)).contains("only a member with the admin role");
		press = provincial.pressData(help, BackupCommand.PREFIX + ":" + BackupCommand.NOW)
			.get("callback_query")
			.get("id")
			.asText();
		assertThat(telegram.callbackText(press)).contains("only an admin of the whole deployment");
		assertThat(this.audit.latest(50)).noneSatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("backup.taken");
			assertThat(entry.actorId()).isIn(villager.id(), provincial.id());
		});
	}

}
