package org.danvan.telegram.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

import org.danvan.i18n.Languages;
import org.danvan.i18n.Text;
import org.danvan.i18n.Texts;
import org.danvan.telegram.CommandMenuStale;
import org.danvan.telegram.MemberDirectory;
import org.danvan.telegram.Sender;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The command menus Telegram shows beside the text field: at start-up one per language
 * for everyone (Telegram matches them to the language of the person's app, by two-letter
 * code only; other languages get the default menu), and one for each member's own chat,
 * in the language they chose and with the commands of their roles, set again whenever
 * those change.
 */
@Component
class CommandMenus {

	private static final Logger log = LoggerFactory.getLogger(CommandMenus.class);

	private final UpdateRouter router;

	private final Texts texts;

	private final Languages languages;

	private final MemberDirectory members;

	private final TelegramGateway gateway;

	CommandMenus(UpdateRouter router, Texts texts, Languages languages, MemberDirectory members,
			TelegramGateway gateway) {
		this.router = router;
		this.texts = texts;
		this.languages = languages;
		this.members = members;
		this.gateway = gateway;
	}

	@EventListener(ApplicationReadyEvent.class)
	void publishDefaults() {
		Sender everyone = new Sender(0, this.languages.defaultLanguage(), Set.of(), null);
		this.gateway.call(SetMyCommands.builder()
			.commands(commands(everyone, this.languages.defaultLanguage()))
			.scope(new BotCommandScopeDefault())
			.build());
		for (String language : this.languages.supported()) {
			telegramCode(language).ifPresent((code) -> this.gateway.call(SetMyCommands.builder()
				.commands(commands(everyone, language))
				.scope(new BotCommandScopeDefault())
				.languageCode(code)
				.build()));
		}
		log.info("Command menus set for {}", this.languages.supported());
	}

	@EventListener
	void on(CommandMenuStale event) {
		Sender member = this.members.lookup(event.userId());
		this.gateway.call(SetMyCommands.builder()
			.commands(commands(member, member.language()))
			.scope(BotCommandScopeChat.builder().chatId(event.userId()).build())
			.build());
	}

	private List<BotCommand> commands(Sender sender, String language) {
		return this.router.available(sender)
			.stream()
			.map((handler) -> new BotCommand(handler.command(),
					shorten(this.texts.plain(language, Text.of(handler.descriptionKey())))))
			.toList();
	}

	private static String shorten(String description) {
		return (description.length() <= 256) ? description : description.substring(0, 255) + "…";
	}

	/**
	 * Telegram's menus take two-letter codes only: {@code zh-Hans} is {@code zh};
	 * {@code hmn} has none.
	 */
	static java.util.Optional<String> telegramCode(String tag) {
		String language = Locale.forLanguageTag(tag).getLanguage();
		return (language.length() == 2) ? java.util.Optional.of(language) : java.util.Optional.empty();
	}

}
