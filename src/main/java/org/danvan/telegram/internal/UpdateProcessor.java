package org.danvan.telegram.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.danvan.shared.Redacted;
import org.danvan.i18n.Text;
import org.danvan.telegram.ChatUnreachable;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.MemberDirectory;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;
import org.danvan.telegram.internal.ReceivedUpdate.Status;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Handles one update: who sent it, which handler takes it, and the replies back. A
 * failing handler is logged and the person told, in their language, that something went
 * wrong.
 */
@Component
class UpdateProcessor {

	private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

	private final MemberDirectory members;

	private final UpdateRouter router;

	private final TelegramGateway gateway;

	private final ApplicationEventPublisher events;

	UpdateProcessor(MemberDirectory members, UpdateRouter router, TelegramGateway gateway,
			ApplicationEventPublisher events) {
		this.members = members;
		this.router = router;
		this.gateway = gateway;
		this.events = events;
	}

	Status process(Update update, InboundThrottle.Verdict verdict) {
		Optional<Inbound> mapped = UpdateMapper.map(update);
		if (mapped.isEmpty()) {
			return Status.HANDLED;
		}
		Inbound inbound = mapped.get();
		if (inbound.content() instanceof Inbound.BotBlocked blocked) {
			return blocked(inbound, blocked);
		}
		if (verdict != InboundThrottle.Verdict.HANDLE) {
			return throttled(inbound, verdict);
		}
		Sender sender = this.members.identify(inbound.from());
		try {
			List<Reply> replies = this.router.route(inbound, sender);
			// read again: the handler may just have changed the member's language
			String language = this.members.lookup(sender.userId()).language();
			this.gateway.answer(inbound, language, replies);
			return Status.HANDLED;
		}
		catch (RuntimeException | LinkageError ex) {
			// A class missing from a broken build fails this update, not every restart
			// after it.
			log.error("Handling update {} failed", inbound.updateId(), Redacted.of(ex));
			apologise(inbound, sender);
			return Status.FAILED;
		}
	}

	/**
	 * Over the limit: one notice, then nothing; a button press is still answered,
	 * silently.
	 */
	private Status throttled(Inbound inbound, InboundThrottle.Verdict verdict) {
		List<Reply> replies = (verdict == InboundThrottle.Verdict.NOTIFY)
				? List.of(Reply.message(Text.of("bot.slow-down"))) : List.of();
		this.gateway.answer(inbound, this.members.lookup(inbound.from().id()).language(), replies);
		return Status.HANDLED;
	}

	private void apologise(Inbound inbound, Sender sender) {
		try {
			this.gateway.answer(inbound, sender.language(), List.of(Reply.message(Text.of("bot.error"))));
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell chat of update {} about the failure", inbound.updateId(), Redacted.of(ex));
		}
	}

	private Status blocked(Inbound inbound, Inbound.BotBlocked blocked) {
		if (blocked.blocked()) {
			this.events.publishEvent(new ChatUnreachable(inbound.chatId(), "blocked"));
		}
		else {
			this.members.identify(inbound.from());
			if (!inbound.privateChat()) {
				log.info("Added to group chat {}: that id goes in danvan.incidents.officer-chats to send it alerts",
						inbound.chatId());
			}
		}
		return Status.HANDLED;
	}

}
