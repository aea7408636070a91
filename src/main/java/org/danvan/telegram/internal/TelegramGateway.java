package org.danvan.telegram.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.i18n.Texts;
import org.danvan.telegram.Button;
import org.danvan.telegram.ChatUnreachable;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Messenger;
import org.danvan.telegram.Reply;
import org.danvan.telegram.TelegramSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every message the bot sends goes out here: rendered in the member's language, split
 * when over Telegram's length limit, retried when Telegram asks to wait
 * ({@code retry_after}) or fails, and every button press answered.
 */
@Component
class TelegramGateway implements Messenger {

	static final int MAX_TEXT = 4096;

	private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

	private final TelegramClient client;

	private final Texts texts;

	private final ApplicationEventPublisher events;

	private final TelegramSettings settings;

	private final Pause pause;

	TelegramGateway(TelegramClient client, Texts texts, ApplicationEventPublisher events, TelegramSettings settings,
			Pause pause) {
		this.client = client;
		this.texts = texts;
		this.events = events;
		this.settings = settings;
		this.pause = pause;
	}

	/**
	 * Answers an update: the button press first (with its notice, if any), then the
	 * messages.
	 */
	void answer(Inbound inbound, String language, List<Reply> replies) {
		if (inbound.content() instanceof Inbound.ButtonPress press) {
			answerPress(inbound.chatId(), press, language, replies);
		}
		for (Reply reply : replies) {
			if (reply.kind() == Reply.Kind.EDIT && inbound.content() instanceof Inbound.ButtonPress press
					&& press.messageId() != null) {
				edit(inbound.chatId(), press.messageId(), language, reply);
			}
			else if (reply.kind() != Reply.Kind.TOAST) {
				send(inbound.chatId(), language, reply);
			}
		}
	}

	@Override
	public void send(long chatId, String language, Reply reply) {
		List<String> chunks = HtmlChunker.split(this.texts.render(language, reply.text()), MAX_TEXT);
		for (int i = 0; i < chunks.size(); i++) {
			boolean last = i == chunks.size() - 1;
			SendMessage message = SendMessage.builder()
				.chatId(chatId)
				.text(chunks.get(i))
				.parseMode(ParseMode.HTML)
				.replyMarkup(last ? markup(language, reply.keyboard()) : null)
				.build();
			if (call(chatId, message).isEmpty()) {
				return;
			}
		}
	}

	private void edit(long chatId, int messageId, String language, Reply reply) {
		String html = this.texts.render(language, reply.text());
		if (html.length() > MAX_TEXT) {
			send(chatId, language, reply);
			return;
		}
		EditMessageText edit = EditMessageText.builder()
			.chatId(chatId)
			.messageId(messageId)
			.text(html)
			.parseMode(ParseMode.HTML)
			.replyMarkup(markup(language, reply.keyboard()))
			.build();
		call(chatId, edit);
	}

	private void answerPress(long chatId, Inbound.ButtonPress press, String language, List<Reply> replies) {
		String notice = replies.stream()
			.filter((reply) -> reply.kind() == Reply.Kind.TOAST)
			.map((reply) -> this.texts.plain(language, reply.text()))
			.findFirst()
			.orElse(null);
		call(chatId, AnswerCallbackQuery.builder().callbackQueryId(press.callbackId()).text(notice).build());
	}

	private InlineKeyboardMarkup markup(String language, Keyboard keyboard) {
		if (keyboard.isEmpty()) {
			return null;
		}
		List<InlineKeyboardRow> rows = keyboard.rows()
			.stream()
			.map((row) -> new InlineKeyboardRow(row.stream().map((button) -> button(language, button)).toList()))
			.toList();
		return new InlineKeyboardMarkup(rows);
	}

	private InlineKeyboardButton button(String language, Button button) {
		InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> builder = InlineKeyboardButton.builder()
			.text(this.texts.plain(language, button.label()));
		if (button.callback() != null) {
			builder.callbackData(button.callback().encode());
		}
		else {
			builder.url(button.url());
		}
		return builder.build();
	}

	/**
	 * Calls the Bot API, waiting as long as a 429 says and retrying server errors with
	 * backoff. Empty when the call could not be made; a chat that blocked the bot or does
	 * not exist is reported as unreachable.
	 */
	<T extends Serializable> Optional<T> call(long chatId, BotApiMethod<T> method) {
		int attempts = this.settings.sendAttempts();
		for (int attempt = 1; attempt <= attempts; attempt++) {
			try {
				return Optional.ofNullable(this.client.execute(method));
			}
			catch (TelegramApiRequestException ex) {
				Integer code = ex.getErrorCode();
				if (code != null && code == 429) {
					this.pause.retryAfter(retryAfter(ex));
					continue;
				}
				if (code != null && (code == 403 || isChatNotFound(ex))) {
					this.events.publishEvent(new ChatUnreachable(chatId, ex.getApiResponse()));
					return Optional.empty();
				}
				if (code != null && code >= 400 && code < 500) {
					if (!String.valueOf(ex.getApiResponse()).contains("message is not modified")) {
						log.warn("Telegram refused {}: {} {}", method.getMethod(), code, ex.getApiResponse());
					}
					return Optional.empty();
				}
				log.warn("Telegram failed {} (attempt {}/{}): {}", method.getMethod(), attempt, attempts,
						ex.getApiResponse());
			}
			catch (TelegramApiException ex) {
				log.warn("Calling {} failed (attempt {}/{}): {}", method.getMethod(), attempt, attempts,
						ex.getMessage());
			}
			this.pause.backoff(attempt);
		}
		log.error("Gave up {} after {} attempts", method.getMethod(), attempts);
		return Optional.empty();
	}

	private static int retryAfter(TelegramApiRequestException ex) {
		if (ex.getParameters() != null && ex.getParameters().getRetryAfter() != null) {
			return ex.getParameters().getRetryAfter();
		}
		return 1;
	}

	private static boolean isChatNotFound(TelegramApiRequestException ex) {
		return ex.getErrorCode() == 400 && String.valueOf(ex.getApiResponse()).contains("chat not found");
	}

}
