package org.danvan.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The notices a member may switch, each with its state and a button: announcements and
 * the village summary for everyone, the digests for officers and coordinators, patrol
 * reminders for an enrolled household.
 */
@Component
class SettingsView {

	static final String PREFIX = "set";

	private final Preferences preferences;

	private final EnrollmentManagement enrollment;

	SettingsView(Preferences preferences, EnrollmentManagement enrollment) {
		this.preferences = preferences;
		this.enrollment = enrollment;
	}

	/** The notices that concern this member. */
	List<Notice> applicable(Sender sender) {
		List<Notice> notices = new ArrayList<>(List.of(Notice.ANNOUNCEMENTS, Notice.VILLAGE_SUMMARY));
		if (holds(sender, Role.OFFICER)) {
			notices.add(Notice.OFFICER_DIGEST);
		}
		if (holds(sender, Role.COORDINATOR)) {
			notices.add(Notice.COORDINATOR_DIGEST);
		}
		if (this.enrollment.household(sender.userId()).isPresent()) {
			notices.add(Notice.PATROL_REMINDERS);
		}
		return notices;
	}

	Reply view(Sender sender, Reply.Kind kind) {
		Set<Notice> off = this.preferences.off(sender.userId());
		List<Text> lines = new ArrayList<>();
		List<List<Button>> rows = new ArrayList<>();
		for (Notice notice : applicable(sender)) {
			boolean on = !off.contains(notice);
			lines.add(Text.of("settings.line", "on", on ? "yes" : "no", "name", name(notice)));
			rows.add(List.of(Button.of(Text.of("settings.button", "on", on ? "yes" : "no", "name", name(notice)),
					CallbackData.of(PREFIX, "t", notice.name()))));
		}
		Text text = Text.of("settings.title", "lines", lines);
		return (kind == Reply.Kind.EDIT) ? Reply.edit(text, new Keyboard(rows))
				: Reply.message(text, new Keyboard(rows));
	}

	private static boolean holds(Sender sender, Role role) {
		return sender.grants().stream().anyMatch((grant) -> grant.role() == role);
	}

	private static Text name(Notice notice) {
		return switch (notice) {
			case ANNOUNCEMENTS -> Text.of("settings.notice.announcements");
			case VILLAGE_SUMMARY -> Text.of("settings.notice.village-summary");
			case OFFICER_DIGEST -> Text.of("settings.notice.officer-digest");
			case COORDINATOR_DIGEST -> Text.of("settings.notice.coordinator-digest");
			case PATROL_REMINDERS -> Text.of("settings.notice.patrol-reminders");
		};
	}

}
