package org.danvan.incident.bot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.GeoPoint;
import org.danvan.i18n.Text;
import org.danvan.incident.Category;
import org.danvan.incident.Incident;
import org.danvan.incident.IncidentManagement;
import org.danvan.incident.Report;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The buttons of the report conversation. A button counts only at the step that showed
 * it: an old or forged one gets a notice and changes nothing. Confirming stores the
 * report once, however often it is pressed.
 */
@Component
class ReportCallbacks implements CallbackHandler {

	private static final Map<String, String> STEP_OF = Map.ofEntries(Map.entry("cat", ReportSteps.CATEGORY),
			Map.entry("area", ReportSteps.PLACE), Map.entry("markers", ReportSteps.PLACE),
			Map.entry("mk", ReportSteps.PLACE), Map.entry("photos", ReportSteps.PHOTOS),
			Map.entry("urg", ReportSteps.URGENT), Map.entry("anon", ReportSteps.ANONYMOUS),
			Map.entry("same", ReportSteps.SAME), Map.entry("diff", ReportSteps.SAME),
			Map.entry("ok", ReportSteps.SUMMARY), Map.entry("edit", ReportSteps.SUMMARY),
			Map.entry("cancel", ReportSteps.SUMMARY));

	private final Conversations conversations;

	private final ReportSteps steps;

	private final AreaManagement areas;

	private final IncidentManagement incidents;

	ReportCallbacks(Conversations conversations, ReportSteps steps, AreaManagement areas,
			IncidentManagement incidents) {
		this.conversations = conversations;
		this.steps = steps;
		this.areas = areas;
		this.incidents = incidents;
	}

	@Override
	public String prefix() {
		return ReportSteps.PREFIX;
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		Optional<Conversation> open = this.conversations.find(inbound.chatId())
			.filter((c) -> ReportSteps.FLOW.equals(c.flow()) && c.step().equals(STEP_OF.get(data.action())));
		if (open.isEmpty()) {
			return List.of(Reply.toast(Text.of("incident.button-stale")));
		}
		Conversation conversation = open.get();
		return switch (data.action()) {
			case "cat" -> Category.of(data.arg())
				.map((category) -> next(conversation, ReportSteps.DESCRIPTION,
						conversation.with("category", category.code()), sender))
				.orElseGet(ReportCallbacks::stale);
			case "area" -> area(conversation, data.arg(), sender);
			case "markers" -> List.of(Reply.edit(Text.of("incident.ask.marker"), this.steps.markerChoices(data.arg())));
			case "mk" -> marker(conversation, data.arg(), sender);
			case "photos" -> next(conversation, ReportSteps.URGENT, conversation.data(), sender);
			case "urg" ->
				next(conversation, ReportSteps.ANONYMOUS, conversation.with("urgent", "y".equals(data.arg())), sender);
			case "anon" -> anonymity(conversation, "y".equals(data.arg()), sender);
			case "same" -> join(inbound, conversation, data.arg());
			case "diff" -> next(conversation, ReportSteps.SUMMARY, conversation.data(), sender);
			case "ok" -> confirm(inbound, conversation, sender);
			case "edit" -> next(conversation, ReportSteps.DESCRIPTION,
					Map.of("draft", conversation.text("draft"), "category", conversation.text("category")), sender);
			default -> cancel(conversation);
		};
	}

	private List<Reply> area(Conversation conversation, String areaId, Sender sender) {
		Optional<Area> area = this.areas.area(areaId).filter((a) -> !a.retired());
		if (area.isPresent() && area.get().isVillage()) {
			return next(conversation, ReportSteps.PHOTOS, conversation.with("area", areaId), sender);
		}
		if (!"*".equals(areaId) && area.isEmpty()) {
			return stale();
		}
		return List.of(Reply.edit(Text.of("incident.ask.village"), this.steps.areaChoices(areaId, sender.language())));
	}

	private List<Reply> marker(Conversation conversation, String markerId, Sender sender) {
		Optional<BorderMarker> marker = this.areas.marker(markerId).filter((m) -> !m.retired());
		if (marker.isEmpty()) {
			return stale();
		}
		Map<String, Object> data = conversation.with("area", marker.get().areaId());
		data.put("marker", markerId);
		data.put("markerNumber", marker.get().number());
		return next(conversation, ReportSteps.PHOTOS, data, sender);
	}

	/**
	 * After the last question: open reports like this one are offered first, if there are
	 * any.
	 */
	private List<Reply> anonymity(Conversation conversation, boolean anonymous, Sender sender) {
		List<Incident> similar = this.incidents.similar(Category.of(conversation.text("category")).orElseThrow(),
				conversation.text("area"), conversation.text("marker"));
		if (similar.isEmpty()) {
			return next(conversation, ReportSteps.SUMMARY, conversation.with("anonymous", anonymous), sender);
		}
		return this.conversations.advance(conversation, ReportSteps.SAME, conversation.with("anonymous", anonymous))
			.map((advanced) -> List.of(Reply.toast(Text.of("incident.noted")), this.steps.sameProblem(similar)))
			.orElseGet(ReportCallbacks::stale);
	}

	private List<Reply> join(Inbound inbound, Conversation conversation, String code) {
		Optional<Incident> joined = this.incidents.join(code, inbound.chatId(), conversation.flag("anonymous"));
		if (joined.isEmpty()) {
			return stale();
		}
		this.conversations.end(conversation);
		return List.of(Reply.edit(Text.of("incident.same.joined", "code", code), Keyboard.NONE));
	}

	private List<Reply> confirm(Inbound inbound, Conversation conversation, Sender sender) {
		Report report = new Report(conversation.text("draft"), Category.of(conversation.text("category")).orElseThrow(),
				conversation.text("description"), conversation.text("voice"), conversation.text("area"),
				conversation.text("marker"), null, location(conversation), conversation.list("photos"),
				conversation.flag("urgent"), conversation.flag("anonymous"));
		Incident incident = this.incidents.report(report, inbound.chatId());
		this.conversations.end(conversation);
		return List.of(Reply.edit(
				Text.of("incident.reported", "code", incident.code(), "anonymous", incident.anonymous() ? "yes" : "no"),
				Keyboard.NONE));
	}

	private static GeoPoint location(Conversation conversation) {
		Object lat = conversation.data().get("lat");
		Object lon = conversation.data().get("lon");
		return (lat instanceof Number la && lon instanceof Number lo) ? new GeoPoint(la.doubleValue(), lo.doubleValue())
				: null;
	}

	private List<Reply> cancel(Conversation conversation) {
		this.conversations.end(conversation);
		return List.of(Reply.edit(Text.of("conversation.cancelled"), Keyboard.NONE));
	}

	private List<Reply> next(Conversation conversation, String step, Map<String, Object> data, Sender sender) {
		return this.conversations.advance(conversation, step, data)
			.map((advanced) -> List.of(Reply.toast(Text.of("incident.noted")), this.steps.ask(step, advanced, sender)))
			.orElseGet(ReportCallbacks::stale);
	}

	private static List<Reply> stale() {
		return List.of(Reply.toast(Text.of("incident.button-stale")));
	}

}
