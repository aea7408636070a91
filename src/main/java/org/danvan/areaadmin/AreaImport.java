package org.danvan.areaadmin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.danvan.access.AuditLog;
import org.danvan.area.AreaChange;
import org.danvan.area.AreaEdits;
import org.danvan.i18n.Text;
import org.danvan.shared.Spreadsheet;
import org.danvan.telegram.Button;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.TelegramFiles;

import org.springframework.stereotype.Component;

/**
 * A spreadsheet sent back: first a preview (the rows rehearsed on a copy of the tree),
 * then, on the admin's word, the same rows applied for real, each checked again and
 * audited, a line per refused row.
 */
@Component
class AreaImport {

	static final String CONFIRM = "confirm";

	static final String FILE = "file";

	private static final int MAX_BYTES = 1024 * 1024;

	private static final int MAX_LINES = 40;

	private final TelegramFiles files;

	private final AreaSheet sheet;

	private final AreaEdits edits;

	private final AuditLog audit;

	private final Conversations conversations;

	AreaImport(TelegramFiles files, AreaSheet sheet, AreaEdits edits, AuditLog audit, Conversations conversations) {
		this.files = files;
		this.sheet = sheet;
		this.edits = edits;
		this.audit = audit;
		this.conversations = conversations;
	}

	List<Reply> preview(Conversation conversation, Inbound.Document document, Sender sender) {
		Optional<List<List<String>>> rows = read(document.fileId());
		if (rows.isEmpty()) {
			return List.of(Reply.message(Text.of("areas.import.unreadable")));
		}
		List<AreaSheet.Line> lines = this.sheet.apply(rows.get(), this.edits.rehearsal(), sender);
		if (this.conversations.advance(conversation, CONFIRM, conversation.with(FILE, document.fileId())).isEmpty()) {
			return List.of();
		}
		Keyboard keyboard = Keyboard.of(List.of(Button.of(Text.of("areas.import.apply"), AreaViews.data("impy", "")),
				Button.of(Text.of("areas.import.cancel"), AreaViews.data("impn", ""))));
		return List.of(Reply.message(summary("areas.import.preview", lines, true), keyboard));
	}

	List<Reply> apply(long chatId, Sender sender) {
		Optional<Conversation> open = this.conversations.find(chatId)
			.filter((c) -> AreaEditFlow.FLOW.equals(c.flow()) && CONFIRM.equals(c.step()));
		if (open.isEmpty() || !this.conversations.end(open.get())) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		Optional<List<List<String>>> rows = read(open.get().text(FILE));
		if (rows.isEmpty()) {
			return List.of(Reply.message(Text.of("areas.import.unreadable")));
		}
		List<AreaSheet.Line> lines = this.sheet.apply(rows.get(), this.edits, sender);
		lines.stream()
			.flatMap((line) -> line.changes().stream())
			.filter(AreaChange::isDone)
			.forEach((change) -> this.audit.record(sender.userId(), change.action(), change.detail()));
		return List.of(Reply.message(summary("areas.import.applied", lines, false)));
	}

	private Text summary(String key, List<AreaSheet.Line> lines, boolean withChanges) {
		int changes = 0;
		int refused = 0;
		int unchanged = 0;
		List<Text> shown = new ArrayList<>();
		for (AreaSheet.Line line : lines) {
			if (line.changes().isEmpty()) {
				unchanged++;
			}
			for (AreaChange change : line.changes()) {
				if (change.isDone()) {
					changes++;
				}
				else {
					refused++;
				}
				if ((withChanges || !change.isDone()) && shown.size() < MAX_LINES) {
					shown.add(Text.of("areas.import.line", "line", line.number(), "text",
							change.isDone() ? Text.of("areas.import.change", "detail", change.detail())
									: AreaOutcomes.refusalText(change)));
				}
			}
		}
		int hidden = changes + refused - shown.size();
		if (withChanges && hidden > 0 || !withChanges && refused > shown.size()) {
			shown.add(Text.of("areas.import.more", "count", withChanges ? hidden : refused - shown.size()));
		}
		return Text.of(key, "changes", changes, "refused", refused, "unchanged", unchanged, "lines", shown);
	}

	private Optional<List<List<String>>> read(String fileId) {
		if (fileId == null) {
			return Optional.empty();
		}
		Path file = null;
		try {
			file = Files.createTempFile("danvan-areas", ".csv");
			this.files.download(fileId, file);
			if (Files.size(file) > MAX_BYTES) {
				return Optional.empty();
			}
			List<List<String>> rows = Spreadsheet.read(Files.readAllBytes(file));
			return (rows.isEmpty() || !rows.get(0).contains("kind")) ? Optional.empty() : Optional.of(rows);
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		finally {
			if (file != null) {
				file.toFile().delete();
			}
		}
	}

}
