package org.danvan.access.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.Button;
import org.danvan.telegram.CommandButton;
import org.danvan.telegram.CommandCatalog;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.DeepLinkHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.StartPayload;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code /start}: greets the person in their language and offers the language picker,
 * then one next step: choosing their village, or once they have one, the first three
 * things in their menu as buttons. A deep link's payload goes to the handler of its kind.
 */
@Component
class StartCommand implements CommandHandler {

	private static final int NEXT_STEPS = 3;

	private final LanguagePicker picker;

	private final VillagePicker villages;

	private final Map<String, DeepLinkHandler> links;

	private final CommandCatalog catalog;

	StartCommand(LanguagePicker picker, VillagePicker villages, List<DeepLinkHandler> links,
			@Lazy CommandCatalog catalog) {
		this.picker = picker;
		this.catalog = catalog;
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
		else {
			replies.add(Reply.message(Text.of("start.next"), nextSteps(sender)));
		}
		return replies;
	}

	/** The first things in this person's menu, one button each. */
	private Keyboard nextSteps(Sender sender) {
		List<Button> buttons = this.catalog.available(sender)
			.stream()
			.limit(NEXT_STEPS)
			.map(CommandButton::of)
			.toList();
		return Keyboard.grid(buttons, 1);
	}

}
