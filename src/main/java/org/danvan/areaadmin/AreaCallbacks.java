package org.danvan.areaadmin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.area.AreaChange;
import org.danvan.area.AreaEdits;
import org.danvan.area.BorderMarker;
import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.Upload;

import org.springframework.stereotype.Component;

/**
 * The buttons of {@code /areas}. Whatever a button says, the area or marker it names is
 * checked again: it must be active and within the presser's areas.
 */
@Component
class AreaCallbacks implements CallbackHandler {

	private final AreaAccess access;

	private final AreaViews views;

	private final AreaEdits edits;

	private final AreaOutcomes outcomes;

	private final Conversations conversations;

	private final Languages languages;

	private final AreaSheet sheet;

	private final AreaImport importer;

	AreaCallbacks(AreaAccess access, AreaViews views, AreaEdits edits, AreaOutcomes outcomes,
			Conversations conversations, Languages languages, AreaSheet sheet, AreaImport importer) {
		this.sheet = sheet;
		this.importer = importer;
		this.access = access;
		this.views = views;
		this.edits = edits;
		this.outcomes = outcomes;
		this.conversations = conversations;
		this.languages = languages;
	}

	@Override
	public String prefix() {
		return AreaViews.PREFIX;
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		return switch (data.action()) {
			case "open", "add", "ren", "ret", "rety", "mk", "madd", "radd", "lang", "tz", "post", "csv", "imp" ->
				onArea(inbound, data.action(), data.arg(), sender);
			case "m", "mren", "mret", "mrety" -> onMarker(inbound, data.action(), data.arg(), sender);
			case "setl" -> setLanguage(data.arg(), sender);
			case "impy" -> this.importer.apply(inbound.chatId(), sender);
			case "impn" -> {
				this.conversations.cancel(inbound.chatId());
				yield List.of(Reply.toast(Text.of("areas.import.cancelled")));
			}
			default -> List.of(Reply.toast(Text.of("bot.button-expired")));
		};
	}

	private List<Reply> onArea(Inbound inbound, String action, String areaId, Sender sender) {
		Optional<Area> found = this.access.area(sender, areaId);
		if (found.isEmpty()) {
			return List.of(Reply.toast(Text.of("areas.not-yours")));
		}
		Area area = found.get();
		String name = area.name(sender.language());
		return switch (action) {
			case "open" -> List.of(this.views.card(area, sender, Reply.Kind.EDIT));
			case "mk" -> List.of(this.views.markers(area, sender));
			case "lang" -> List.of(this.views.languages(area, sender));
			case "csv" -> List.of(Reply.message(Text.of("areas.export.sent", "name", name))
				.withUpload(Upload.document("areas-" + area.id() + ".csv", this.sheet.export(area))));
			case "imp" -> ask(inbound, AreaEditFlow.IMPORT, area.id(), Text.of("areas.import.ask", "name", name));
			case "ret" -> List.of(this.views.confirmRetire(name, "rety", area.id(), area.id()));
			case "rety" -> applied(this.edits.retireArea(area.id()), sender, area.parentId());
			case "add" -> ask(inbound, AreaEditFlow.ADD, area.id(),
					AreaEdits.below(area)
						.map((level) -> Text.of("areas.ask.add", "level", AreaViews.level(level), "name", name,
								"example", AreaEditFlow.example(area, level)))
						.orElse(Text.of("bot.button-expired")));
			case "ren" -> ask(inbound, AreaEditFlow.RENAME, area.id(), Text.of("areas.ask.rename", "name", name));
			case "madd" -> ask(inbound, AreaEditFlow.MARKER, area.id(), Text.of("areas.ask.marker", "name", name));
			case "radd" -> ask(inbound, AreaEditFlow.ROAD, area.id(),
					Text.of("areas.ask.road", "name", name, "example", area.id() + "-r9; Đường tuần tra; 2.5"));
			case "tz" -> ask(inbound, AreaEditFlow.ZONE, area.id(),
					Text.of("areas.ask.time-zone", "name", name, "zone", area.timeZone()));
			default -> ask(inbound, AreaEditFlow.POST, area.id(),
					Text.of("areas.ask.post", "name", name, "example", area.id() + "-post; Đồn Biên phòng"));
		};
	}

	private List<Reply> onMarker(Inbound inbound, String action, String markerId, Sender sender) {
		Optional<BorderMarker> found = this.access.marker(sender, markerId);
		if (found.isEmpty()) {
			return List.of(Reply.toast(Text.of("areas.not-yours")));
		}
		BorderMarker marker = found.get();
		return switch (action) {
			case "m" -> List.of(this.views.marker(marker, sender));
			case "mret" -> List.of(this.views.confirmRetire(marker.number(), "mrety", marker.id(), marker.areaId()));
			case "mrety" -> applied(this.edits.retireMarker(marker.id()), sender, marker.areaId());
			default -> ask(inbound, AreaEditFlow.RENUMBER, marker.id(),
					Text.of("areas.ask.renumber", "number", marker.number()));
		};
	}

	private List<Reply> setLanguage(String arg, Sender sender) {
		int dot = arg.indexOf('.');
		String areaId = (dot > 0) ? arg.substring(0, dot) : "";
		String language = (dot > 0) ? arg.substring(dot + 1) : "";
		if (this.access.area(sender, areaId).isEmpty()) {
			return List.of(Reply.toast(Text.of("areas.not-yours")));
		}
		if (!this.languages.isSupported(language)) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		return applied(this.edits.setLanguage(areaId, language), sender, areaId);
	}

	private List<Reply> ask(Inbound inbound, String step, String target, Text question) {
		this.conversations.begin(inbound.chatId(), AreaEditFlow.FLOW, step, Map.of(AreaEditFlow.TARGET, target));
		return List.of(Reply.message(question));
	}

	private List<Reply> applied(AreaChange change, Sender sender, String showAreaId) {
		return this.outcomes.of(change, sender, showAreaId);
	}

}
