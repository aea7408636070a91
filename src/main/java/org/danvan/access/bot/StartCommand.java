package org.danvan.access.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.DeepLinkHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.StartPayload;

import org.springframework.stereotype.Component;

/**
 * {@code /start}: greets the person in their language and offers the language picker; a
 * deep link's payload goes to the handler of its kind.
 */
@Component
class StartCommand implements CommandHandler {

	private final LanguagePicker picker;

	private final VillagePicker villages;

	private final Map<String, DeepLinkHandler> links;

	StartCommand(LanguagePicker picker, VillagePicker villages, List<DeepLinkHandler> links) {
		this.picker = picker;
		this.villages = villages;
		this.links = links.stream().collect(Collectors.toMap(DeepLinkHandler::kind, Function.identity()));
	}

	@Override
	public String command() {
		return "start";
	}

	@Override
	public Role role() {
		return Role.VILLAGER;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		if (!command.args().isEmpty()) {
			Optional<StartPayload> payload = StartPayload.parse(command.args());
			DeepLinkHandler handler = payload.map((p) -> this.links.get(p.kind())).orElse(null);
			if (handler != null) {
				return handler.open(inbound, payload.get(), sender);
			}
			List<Reply> replies = new ArrayList<>();
			replies.add(Reply.message(Text.of("start.link-invalid")));
			replies.addAll(greeting(inbound, sender));
			return replies;
		}
		return greeting(inbound, sender);
	}

	private List<Reply> greeting(Inbound inbound, Sender sender) {
		String name = (inbound.from().firstName() != null) ? inbound.from().firstName() : "";
		List<Reply> replies = new ArrayList<>();
		replies.add(Reply.message(Text.of("start.welcome", "name", name)));
		replies.add(Reply.message(Text.of("language.choose"), this.picker.keyboard(sender.language())));
		if (sender.villageId() == null) {
			replies.add(VillageCommand.prompt(this.villages, sender));
		}
		return replies;
	}

}
