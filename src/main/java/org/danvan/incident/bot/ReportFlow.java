package org.danvan.incident.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.area.AreaManagement;
import org.danvan.area.GeoPoint;
import org.danvan.i18n.Text;
import org.danvan.incident.IncidentSettings;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * What the reporter sends during a report: the description (text or a voice note), the
 * place (a shared location), photos. Anything else at a step says what the step expects
 * and stays put.
 */
@Component
class ReportFlow implements FlowHandler {

	static final double MAX_KM = 25;

	private final Conversations conversations;

	private final ReportSteps steps;

	private final AreaManagement areas;

	private final IncidentSettings settings;

	ReportFlow(Conversations conversations, ReportSteps steps, AreaManagement areas, IncidentSettings settings) {
		this.conversations = conversations;
		this.steps = steps;
		this.areas = areas;
		this.settings = settings;
	}

	@Override
	public String flow() {
		return ReportSteps.FLOW;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		return switch (conversation.step()) {
			case ReportSteps.DESCRIPTION -> description(inbound, conversation, sender);
			case ReportSteps.PLACE -> place(inbound, conversation, sender);
			case ReportSteps.PHOTOS -> photo(inbound, conversation, sender);
			default -> List.of(Reply.message(Text.of("incident.use-buttons")),
					this.steps.ask(conversation.step(), conversation, sender));
		};
	}

	private List<Reply> description(Inbound inbound, Conversation conversation, Sender sender) {
		if (inbound.content() instanceof Inbound.VoiceNote voice) {
			return next(conversation, afterDescription(conversation), conversation.with("voice", voice.fileId()),
					sender);
		}
		if (!(inbound.content() instanceof Inbound.TextMessage message)) {
			return List.of(Reply.message(Text.of("incident.expect.description")));
		}
		String text = Descriptions.clean(message.text());
		if (text.length() > this.settings.maxDescription()) {
			return List.of(Reply.message(Text.of("incident.description.too-long", "length", text.length(), "max",
					this.settings.maxDescription())));
		}
		if (!Descriptions.saysSomething(text)) {
			return List.of(Reply.message(Text.of("incident.description.empty")));
		}
		return next(conversation, afterDescription(conversation), conversation.with("description", text), sender);
	}

	/** A report started from a patrol already knows its place. */
	private static String afterDescription(Conversation conversation) {
		return (conversation.text("area") != null) ? ReportSteps.PHOTOS : ReportSteps.PLACE;
	}

	private List<Reply> place(Inbound inbound, Conversation conversation, Sender sender) {
		if (!(inbound.content() instanceof Inbound.SharedLocation location)) {
			return List.of(Reply.message(Text.of("incident.expect.place")),
					this.steps.ask(ReportSteps.PLACE, conversation, sender));
		}
		GeoPoint point = new GeoPoint(location.latitude(), location.longitude());
		Optional<AreaManagement.Nearest> nearest = this.areas.nearestVillage(point).filter((n) -> n.km() <= MAX_KM);
		if (nearest.isEmpty()) {
			return List.of(Reply.message(Text.of("incident.place.outside")),
					this.steps.ask(ReportSteps.PLACE, conversation, sender));
		}
		Map<String, Object> data = conversation.with("area", nearest.get().village().id());
		data.put("lat", point.lat());
		data.put("lon", point.lon());
		return next(conversation, ReportSteps.PHOTOS, data, sender);
	}

	private List<Reply> photo(Inbound inbound, Conversation conversation, Sender sender) {
		if (!(inbound.content() instanceof Inbound.Photo photo)) {
			return List.of(Reply.message(Text.of("incident.expect.photo")),
					this.steps.ask(ReportSteps.PHOTOS, conversation, sender));
		}
		List<String> photos = new ArrayList<>(conversation.list("photos"));
		if (photos.size() >= this.settings.maxPhotos()) {
			return List.of(Reply.message(Text.of("incident.photos.full", "max", this.settings.maxPhotos())),
					this.steps.ask(ReportSteps.PHOTOS, conversation, sender));
		}
		photos.add(photo.fileId());
		if (photos.size() >= this.settings.maxPhotos()) {
			return next(conversation, ReportSteps.URGENT, conversation.with("photos", photos), sender);
		}
		return next(conversation, ReportSteps.PHOTOS, conversation.with("photos", photos), sender);
	}

	private List<Reply> next(Conversation conversation, String step, Map<String, Object> data, Sender sender) {
		return this.conversations.advance(conversation, step, data)
			.map((advanced) -> List.of(this.steps.ask(step, advanced, sender)))
			.orElseGet(() -> List.of(Reply.message(Text.of("bot.button-expired"))));
	}

}
