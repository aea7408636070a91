package org.danvan.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Lane;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The buttons on an officer's incident card: acknowledge, take, resolve, reject (as a
 * duplicate or as not an incident), and the place's pin and the photos on request. Each
 * press is checked against the presser's role and area, and moves the incident only from
 * a status that allows it, so of two officers pressing at once one wins.
 */
@Component
class IncidentCallbacks implements CallbackHandler {

	private static final Map<String, Status> MOVES = Map.of("ack", Status.ACKNOWLEDGED, "take", Status.IN_PROGRESS,
			"done", Status.RESOLVED, "rejd", Status.REJECTED, "rejn", Status.REJECTED);

	private final IncidentManagement incidents;

	private final IncidentNotices notices;

	private final Conversations conversations;

	private final IncidentsCommand list;

	private final IncidentMaps maps;

	IncidentCallbacks(IncidentManagement incidents, IncidentNotices notices, Conversations conversations,
			IncidentsCommand list, IncidentMaps maps) {
		this.maps = maps;
		this.conversations = conversations;
		this.list = list;
		this.incidents = incidents;
		this.notices = notices;
	}

	@Override
	public String prefix() {
		return IncidentNotices.PREFIX;
	}

	@Override
	public Role role() {
		return Role.OFFICER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, CallbackData data, Sender sender) {
		if ("map".equals(data.action())) {
			return List.of(this.maps.map(sender));
		}
		if ("list".equals(data.action()) || "cats".equals(data.action())) {
			return list(data.action(), data.arg(), sender);
		}
		Optional<Incident> incident = this.incidents.find(data.arg());
		if (incident.isEmpty()) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		if (!this.incidents.mayHandle(sender, incident.get())) {
			return List.of(Reply.toast(Text.of("incident.not-your-area")));
		}
		if ("rej".equals(data.action())) {
			return List.of(Reply.edit(this.notices.card(incident.get(), sender.language(), "incident.card"),
					reasons(incident.get())));
		}
		if ("ask".equals(data.action())) {
			return List.of(ask(inbound, incident.get(), sender));
		}
		if ("open".equals(data.action())) {
			Keyboard keyboard = incident.get().status().isOpen() ? this.notices.actions(incident.get()) : Keyboard.NONE;
			return List
				.of(Reply.message(this.notices.card(incident.get(), sender.language(), "incident.card"), keyboard));
		}
		if ("pin".equals(data.action())) {
			return List.of(this.notices.pin(incident.get(), sender.language())
				.orElseGet(() -> Reply.toast(Text.of("bot.button-expired"))));
		}
		if ("pho".equals(data.action())) {
			return List
				.of(this.notices.photos(incident.get()).orElseGet(() -> Reply.toast(Text.of("bot.button-expired"))));
		}
		if ("back".equals(data.action())) {
			return List.of(card(incident.get(), sender));
		}
		Status to = MOVES.get(data.action());
		if (to == null) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		String note = switch (data.action()) {
			case "rejd" -> "duplicate";
			case "rejn" -> "not an incident";
			default -> null;
		};
		Optional<Incident> moved = this.incidents.move(sender, incident.get().code(), to, note);
		if (moved.isEmpty()) {
			Incident now = this.incidents.find(data.arg()).orElseThrow();
			return List.of(Reply.toast(Text.of("incident.already", "status", Text.of(now.status().key()))),
					card(now, sender));
		}
		return List.of(Reply.toast(Text.of("incident.moved", "status", Text.of(to.key()))), card(moved.get(), sender));
	}

	private List<Reply> list(String action, String arg, Sender sender) {
		return IncidentsCommand.View.parse(arg)
			.map((view) -> "cats".equals(action) ? this.list.categories(view) : this.list.list(sender, view))
			.map(List::of)
			.orElseGet(() -> List.of(Reply.toast(Text.of("bot.button-expired"))));
	}

	/**
	 * Asks for the question in the officer's private chat: in a group, the next message
	 * could be anyone's, and the bot does not see plain messages there.
	 */
	private Reply ask(Inbound inbound, Incident incident, Sender sender) {
		Reply prompt = Reply.message(Text.of("incident.ask.question", "code", incident.code()));
		this.conversations.begin(sender.userId(), AskFlow.FLOW, AskFlow.QUESTION, Map.of("code", incident.code()));
		if (inbound.privateChat()) {
			return prompt;
		}
		this.notices.tell("ask-" + incident.code() + "-" + inbound.updateId(), sender.userId(), prompt,
				Lane.INTERACTIVE);
		return Reply.toast(Text.of("incident.ask.in-private"));
	}

	private Reply card(Incident incident, Sender sender) {
		Keyboard keyboard = incident.status().isOpen() ? this.notices.actions(incident) : Keyboard.NONE;
		return Reply.edit(this.notices.card(incident, sender.language(), "incident.card"), keyboard);
	}

	private static Keyboard reasons(Incident incident) {
		return Keyboard.of(
				List.of(Button.of(Text.of("incident.reject.duplicate"),
						CallbackData.of(IncidentNotices.PREFIX, "rejd", incident.code())),
						Button.of(Text.of("incident.reject.not-incident"),
								CallbackData.of(IncidentNotices.PREFIX, "rejn", incident.code()))),
				List.of(Button.of(Text.of("picker.back"),
						CallbackData.of(IncidentNotices.PREFIX, "back", incident.code()))));
	}

}
