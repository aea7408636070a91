package org.danvan.support;

import java.util.List;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Commands that exist only in tests: one that fails, one that answers at great length.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCommands {

	@Bean
	CommandHandler failingCommand() {
		return new TestCommand("boom", (args) -> {
			throw new IllegalStateException((args == null || args.isBlank()) ? "boom" : "boom: " + args);
		});
	}

	@Bean
	CommandHandler longCommand() {
		return new TestCommand("long", (args) -> List.of(Reply.message(Text.literal(longText()))));
	}

	/** Over 10,000 characters with characters that must be escaped in HTML. */
	public static String longText() {
		StringBuilder text = new StringBuilder();
		for (int line = 1; text.length() < 10_000; line++) {
			text.append("Line ").append(line).append(": <b>not bold</b> & \"quoted\" — tiếng Việt\n");
		}
		return text.toString();
	}

	record TestCommand(String command,
			java.util.function.Function<String, List<Reply>> action) implements CommandHandler {

		@Override
		public Role role() {
			return Role.VILLAGER;
		}

		@Override
		public String descriptionKey() {
			return "command.help.description";
		}

		@Override
		public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
			return this.action.apply(command.args());
		}

	}

}
