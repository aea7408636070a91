package org.danvan.telegram.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.i18n.Texts;
import org.danvan.telegram.Button;
import org.danvan.telegram.ChatUnreachable;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.Lane;
import org.danvan.telegram.Messenger;
import org.danvan.telegram.Reply;
import org.danvan.telegram.ReplyKeys;
import org.danvan.telegram.SendLimits;
import org.danvan.telegram.TelegramSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every message the bot sends goes out here: rendered in the member's language, split
 * when over Telegram's length limit, and handed to the {@link SendScheduler}, which keeps
 * Telegram's limits and retries. A chat Telegram will not deliver to is reported as
 * unreachable. Every button press is answered.
 */
@Component
class TelegramGateway implements Messenger {

	static final int MAX_TEXT = 4096;

	private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

	private final TelegramClient client;

	private final SendScheduler scheduler;

	private final Texts texts;

	private final ApplicationEventPublisher events;

	private final TelegramSettings settings;

	private final Pause pause;

	private final SendMetrics metrics;

	private final SendLimits limits;

	TelegramGateway(TelegramClient client, SendScheduler scheduler, Texts texts, ApplicationEventPublisher events,
			TelegramSettings settings, Pause pause, SendMetrics metrics, SendLimits limits) {
		this.client = client;
		this.scheduler = scheduler;
		this.texts = texts;
		this.events = events;
		this.settings = settings;
		this.pause = pause;
		this.metrics = metrics;
		this.limits = limits;
	}

	/**
	 * Answers an update: the button press first (with its notice, if any), then the
	 * messages, in order. Returns once Telegram has them, so an update counts as handled
	 * only when its answer went out; or, while Telegram is failing, at the reply's
	 * deadline, so that other chats' updates are not held up: the reply goes on being
	 * tried and arrives late.
	 */
	void answer(Inbound inbound, String language, List<Reply> replies) {
		if (inbound.content() instanceof Inbound.ButtonPress press) {
			answerPress(inbound.chatId(), press, language, replies);
		}
		List<CompletableFuture<SendOutcome>> sent = new ArrayList<>();
		for (Reply reply : replies) {
			if (reply.kind() == Reply.Kind.EDIT && inbound.content() instanceof Inbound.ButtonPress press
					&& press.messageId() != null) {
				sent.add(edit(inbound.chatId(), press.messageId(), language, reply));
			}
			else if (reply.kind() != Reply.Kind.TOAST) {
				sent.addAll(messages(inbound.chatId(), language, reply, Lane.INTERACTIVE));
			}
		}
		awaitUntilDeadline(inbound.chatId(), sent);
	}

	private void awaitUntilDeadline(long chatId, List<CompletableFuture<SendOutcome>> sent) {
		try {
			CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
				.get(this.limits.interactiveDeadline().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("The reply to chat {} is still being retried; it will arrive late", chatId);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Sending a reply failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void send(long chatId, String language, Reply reply) {
		awaitUntilDeadline(chatId, List.of(send(chatId, language, reply, Lane.INTERACTIVE)));
	}

	/** Sends a reply as one or more messages; the future tells how the last one ended. */
	CompletableFuture<SendOutcome> send(long chatId, String language, Reply reply, Lane lane) {
		List<CompletableFuture<SendOutcome>> parts = messages(chatId, language, reply, lane);
		return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
			.thenApply((ignored) -> parts.stream()
				.map(CompletableFuture::join)
				.filter((outcome) -> !(outcome instanceof SendOutcome.Sent))
				.findFirst()
				.orElse(parts.get(parts.size() - 1).join()));
	}

	private List<CompletableFuture<SendOutcome>> messages(long chatId, String language, Reply reply, Lane lane) {
		List<String> chunks = HtmlChunker.split(this.texts.render(language, reply.text()), MAX_TEXT);
		List<CompletableFuture<SendOutcome>> sent = new ArrayList<>();
		for (TelegramCall attachment : StoredMessages.attachments(chatId, reply.photoFileIds(), reply.location(),
				reply.documentFileId(), reply.voiceFileId())) {
			sent.add(this.scheduler.submit(chatId, lane, attachment));
		}
		if (reply.upload() != null) {
			TelegramCall upload = TelegramCall.upload(chatId, reply.upload());
			sent.add(this.scheduler.submit(chatId, lane, upload).thenApply((outcome) -> {
				if (outcome instanceof SendOutcome.Failed failed) {
					log.warn("Telegram refused {} of {}: {}", upload.method(), reply.upload().fileName(),
							failed.reason());
				}
				return outcome;
			}));
		}
		for (int i = 0; i < chunks.size(); i++) {
			boolean last = i == chunks.size() - 1;
			SendMessage message = SendMessage.builder()
				.chatId(chatId)
				.text(chunks.get(i))
				.parseMode(ParseMode.HTML)
				.replyMarkup(last ? markup(language, reply) : null)
				.build();
			sent.add(submit(chatId, lane, message));
		}
		return sent;
	}

	private CompletableFuture<SendOutcome> edit(long chatId, int messageId, String language, Reply reply) {
		String html = this.texts.render(language, reply.text());
		if (html.length() > MAX_TEXT) {
			return send(chatId, language, reply, Lane.INTERACTIVE);
		}
		EditMessageText edit = EditMessageText.builder()
			.chatId(chatId)
			.messageId(messageId)
			.text(html)
			.parseMode(ParseMode.HTML)
			.replyMarkup(markup(language, reply.keyboard()))
			.build();
		return submit(chatId, Lane.INTERACTIVE, edit);
	}

	private CompletableFuture<SendOutcome> submit(long chatId, Lane lane, BotApiMethod<? extends Serializable> method) {
		return this.scheduler.submit(chatId, lane, method).thenApply((outcome) -> {
			if (outcome instanceof SendOutcome.Unreachable unreachable) {
				this.events.publishEvent(new ChatUnreachable(chatId, unreachable.reason()));
			}
			else if (outcome instanceof SendOutcome.Failed failed
					&& !failed.reason().contains("message is not modified")) {
				log.warn("Telegram refused {}: {}", method.getMethod(), failed.reason());
			}
			return outcome;
		});
	}

	private void answerPress(long chatId, Inbound.ButtonPress press, String language, List<Reply> replies) {
		String notice = replies.stream()
			.filter((reply) -> reply.kind() == Reply.Kind.TOAST)
			.map((reply) -> this.texts.plain(language, reply.text()))
			.findFirst()
			.orElse(null);
		call(AnswerCallbackQuery.builder().callbackQueryId(press.callbackId()).text(notice).build());
	}

	private ReplyKeyboard markup(String language, Reply reply) {
		ReplyKeys keys = reply.replyKeys();
		if (keys == null) {
			return markup(language, reply.keyboard());
		}
		if (keys.removes()) {
			return ReplyKeyboardRemove.builder().removeKeyboard(true).build();
		}
		KeyboardRow row = new KeyboardRow(List.of(KeyboardButton.builder()
			.text(this.texts.plain(language, keys.shareContact()))
			.requestContact(true)
			.build()));
		if (keys.answer() != null) {
			row.add(KeyboardButton.builder().text(this.texts.plain(language, keys.answer())).build());
		}
		return ReplyKeyboardMarkup.builder().keyboardRow(row).resizeKeyboard(true).oneTimeKeyboard(true).build();
	}

	InlineKeyboardMarkup markup(String language, Keyboard keyboard) {
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
	 * Calls a Bot API method that is not a message (button answers, menus), waiting as
	 * long as a 429 says and retrying server errors with backoff. Empty when the call
	 * could not be made.
	 */
	<T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
		int attempts = this.settings.sendAttempts();
		boolean uncertain = false;
		for (int attempt = 1; attempt <= attempts; attempt++) {
			try {
				return Optional.ofNullable(this.client.execute(method));
			}
			catch (TelegramApiException | RuntimeException ex) {
				TelegramFailure failure = TelegramFailure.of(ex);
				if (failure.kind() == TelegramFailure.Kind.TOO_MANY_REQUESTS) {
					this.pause.retryAfter(failure.retryAfter());
					continue;
				}
				if (uncertain && answeredBefore(method, failure)) {
					return Optional.empty();
				}
				if (!failure.kind().retried()) {
					log.warn("Telegram refused {}: {}", method.getMethod(), failure.reason());
					return Optional.empty();
				}
				if (failure.kind() == TelegramFailure.Kind.UNCERTAIN) {
					uncertain = true;
					this.metrics.uncertain();
				}
				log.warn("Telegram failed {} (attempt {}/{}): {}", method.getMethod(), attempt, attempts,
						failure.reason());
			}
			this.pause.backoff(attempt);
		}
		log.error("Gave up {} after {} attempts", method.getMethod(), attempts);
		return Optional.empty();
	}

	/**
	 * A button answer repeated after its connection broke, refused as already answered:
	 * the first one got through.
	 */
	private static boolean answeredBefore(BotApiMethod<?> method, TelegramFailure failure) {
		return method instanceof AnswerCallbackQuery && failure.kind() == TelegramFailure.Kind.REFUSED
				&& failure.reason().contains("query is too old");
	}

	static Optional<Message> message(SendOutcome outcome) {
		return (outcome instanceof SendOutcome.Sent sent && sent.result() instanceof Message message)
				? Optional.of(message) : Optional.empty();
	}

}
