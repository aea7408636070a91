package org.danvan.telegram.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import org.danvan.telegram.Inbound;
import org.danvan.telegram.InboundUser;

/**
 * Turns the library's {@link Update} into an {@link Inbound}: the only place that reads
 * the library's inbound types.
 */
final class UpdateMapper {

	private UpdateMapper() {
	}

	/** The chat whose updates must be handled in order. */
	static long chatKey(Update update) {
		if (update.hasMessage()) {
			return update.getMessage().getChatId();
		}
		if (update.hasCallbackQuery()) {
			CallbackQuery query = update.getCallbackQuery();
			return (query.getMessage() != null) ? query.getMessage().getChatId() : query.getFrom().getId();
		}
		if (update.getMyChatMember() != null) {
			return update.getMyChatMember().getChat().getId();
		}
		if (update.hasEditedMessage()) {
			return update.getEditedMessage().getChatId();
		}
		return 0;
	}

	/**
	 * The update as the bot sees it, or empty for updates it does not take (channel
	 * posts).
	 */
	static Optional<Inbound> map(Update update) {
		if (update.hasMessage() && update.getMessage().getFrom() != null) {
			return Optional.of(fromMessage(update.getUpdateId(), update.getMessage()));
		}
		if (update.hasCallbackQuery()) {
			return Optional.of(fromCallback(update.getUpdateId(), update.getCallbackQuery()));
		}
		if (update.getMyChatMember() != null) {
			return Optional.of(fromChatMember(update.getUpdateId(), update.getMyChatMember()));
		}
		if (update.hasEditedMessage() && update.getEditedMessage().getFrom() != null) {
			Message edited = update.getEditedMessage();
			return Optional.of(inbound(update.getUpdateId(), edited, new Inbound.Unsupported("edit")));
		}
		return Optional.empty();
	}

	private static Inbound fromMessage(int updateId, Message message) {
		return inbound(updateId, message, content(message));
	}

	private static Inbound inbound(int updateId, Message message, Inbound.Content content) {
		return new Inbound(updateId, message.getChatId(), message.isUserMessage(), user(message.getFrom()),
				Instant.ofEpochSecond(message.getDate()), content);
	}

	private static Inbound.Content content(Message message) {
		if (message.hasText()) {
			return command(message).orElseGet(() -> new Inbound.TextMessage(message.getText(),
					EntityHtml.of(message.getText(), message.getEntities())));
		}
		if (message.hasLocation()) {
			return new Inbound.SharedLocation(message.getLocation().getLatitude(),
					message.getLocation().getLongitude());
		}
		if (message.hasPhoto()) {
			PhotoSize largest = message.getPhoto()
				.stream()
				.max(Comparator.comparing((PhotoSize size) -> size.getWidth() * size.getHeight()))
				.orElseThrow();
			return new Inbound.Photo(largest.getFileId(), message.getCaption());
		}
		if (message.hasContact()) {
			return new Inbound.SharedContact(message.getContact().getPhoneNumber(), message.getContact().getUserId());
		}
		if (message.hasVoice()) {
			return new Inbound.VoiceNote(message.getVoice().getFileId(), message.getVoice().getDuration());
		}
		if (message.hasDocument()) {
			return new Inbound.Document(message.getDocument().getFileId(), message.getDocument().getFileName());
		}
		return new Inbound.Unsupported("other");
	}

	/**
	 * A command is a {@code bot_command} entity at the very start of the text. Read from
	 * the entities directly rather than {@code Message.isCommand()}, which some library
	 * versions get wrong on a freshly received update.
	 */
	private static Optional<Inbound.Content> command(Message message) {
		List<MessageEntity> entities = message.getEntities();
		if (entities == null) {
			return Optional.empty();
		}
		String text = message.getText();
		return entities.stream()
			.filter((entity) -> "bot_command".equals(entity.getType()) && entity.getOffset() == 0)
			.findFirst()
			.map((entity) -> {
				String token = text.substring(1, Math.min(text.length(), entity.getLength()));
				int at = token.indexOf('@');
				String name = ((at >= 0) ? token.substring(0, at) : token).toLowerCase(java.util.Locale.ROOT);
				String args = text.substring(Math.min(text.length(), entity.getLength())).trim();
				return new Inbound.Command(name, args);
			});
	}

	private static Inbound fromCallback(int updateId, CallbackQuery query) {
		MaybeInaccessibleMessage message = query.getMessage();
		long chatId = (message != null) ? message.getChatId() : query.getFrom().getId();
		boolean privateChat = message == null || message.getChat().isUserChat();
		Integer messageId = (message != null) ? message.getMessageId() : null;
		return new Inbound(updateId, chatId, privateChat, user(query.getFrom()), Instant.now(),
				new Inbound.ButtonPress(query.getId(), query.getData(), messageId));
	}

	private static Inbound fromChatMember(int updateId, ChatMemberUpdated change) {
		String status = change.getNewChatMember().getStatus();
		boolean blocked = "kicked".equals(status) || "left".equals(status);
		return new Inbound(updateId, change.getChat().getId(), change.getChat().isUserChat(), user(change.getFrom()),
				Instant.ofEpochSecond(change.getDate()), new Inbound.BotBlocked(blocked));
	}

	private static InboundUser user(User user) {
		return new InboundUser(user.getId(), user.getFirstName(), user.getLastName(), user.getUserName(),
				user.getLanguageCode());
	}

}
