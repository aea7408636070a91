package org.danvan.telegram.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.CallbackHandler;
import org.danvan.telegram.CommandButton;
import org.danvan.telegram.CommandCatalog;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.MessageHandler;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * Sends each update to the handler that takes it: a button by its callback prefix, a
 * command by its name, anything else to the message handlers in turn. The role a handler
 * declares is checked here, for commands and buttons alike; a {@link CommandButton} runs
 * its command as if it was typed.
 */
@Component
class UpdateRouter implements CommandCatalog {

	private final Map<String, CommandHandler> commands;

	private final Map<String, CallbackHandler> callbacks;

	private final List<MessageHandler> messageHandlers;

	UpdateRouter(List<CommandHandler> commands, List<CallbackHandler> callbacks, List<MessageHandler> messageHandlers) {
		this.commands = index(commands, CommandHandler::command);
		this.callbacks = index(callbacks, CallbackHandler::prefix);
		this.messageHandlers = List.copyOf(messageHandlers);
	}

	private static <H> Map<String, H> index(List<H> handlers, Function<H, String> key) {
		return handlers.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
			throw new IllegalStateException("Two handlers for " + key.apply(a));
		}, LinkedHashMap::new));
	}

	List<Reply> route(Inbound inbound, Sender sender) {
		if (inbound.content() instanceof Inbound.Command command) {
			return command(inbound, command, sender);
		}
		if (inbound.content() instanceof Inbound.ButtonPress press) {
			return press(inbound, press, sender);
		}
		for (MessageHandler handler : this.messageHandlers) {
			Optional<List<Reply>> replies = handler.handle(inbound, sender);
			if (replies.isPresent()) {
				return replies.get();
			}
		}
		return List.of(Reply.message(Text.of("bot.not-understood")));
	}

	private List<Reply> command(Inbound inbound, Inbound.Command command, Sender sender) {
		CommandHandler handler = this.commands.get(command.name());
		if (handler == null) {
			return List.of(Reply.message(Text.of("bot.unknown-command", "command", "/" + command.name())));
		}
		if (!handler.allows(sender)) {
			return List.of(Reply.message(denied(handler.role())));
		}
		return handler.handle(inbound, command, sender);
	}

	private List<Reply> press(Inbound inbound, Inbound.ButtonPress press, Sender sender) {
		CallbackData data;
		try {
			data = CallbackData.parse(press.data());
		}
		catch (IllegalArgumentException ex) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		if (CommandButton.PREFIX.equals(data.prefix())) {
			return command(inbound, new Inbound.Command(data.action(), ""), sender);
		}
		CallbackHandler handler = this.callbacks.get(data.prefix());
		if (handler == null) {
			return List.of(Reply.toast(Text.of("bot.button-expired")));
		}
		if (!sender.has(handler.role())) {
			return List.of(Reply.toast(denied(handler.role())));
		}
		return handler.handle(inbound, data, sender);
	}

	private static Text denied(Role role) {
		return Text.of("bot.not-allowed", "role",
				Text.of("role.name", "role", role.name().toLowerCase(java.util.Locale.ROOT)));
	}

	@Override
	public List<CommandHandler> available(Sender sender) {
		return this.commands.values()
			.stream()
			.filter((handler) -> handler.allows(sender))
			.sorted(MenuOrder.forPerson(sender))
			.toList();
	}

}
