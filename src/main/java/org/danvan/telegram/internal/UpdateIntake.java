package org.danvan.telegram.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.danvan.shared.Redacted;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.TelegramSettings;

import org.springframework.stereotype.Component;

/**
 * Where updates enter, from long polling or the webhook: each is written down before it
 * is handled, handled once even if delivered twice, one chat's updates in order and
 * different chats in parallel.
 */
@Component
class UpdateIntake implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	private final ReceivedUpdates updates;

	private final UpdateProcessor processor;

	private final Clock clock;

	private final ChatOrderedExecutor executor;

	private final Semaphore inFlight;

	private final TelegramSettings settings;

	private final InboundThrottle throttle;

	private final UnreachableChats unreachable;

	UpdateIntake(ReceivedUpdates updates, UpdateProcessor processor, Clock clock, TelegramSettings settings,
			InboundThrottle throttle, UnreachableChats unreachable) {
		this.throttle = throttle;
		this.unreachable = unreachable;
		this.updates = updates;
		this.processor = processor;
		this.clock = clock;
		this.settings = settings;
		this.executor = new ChatOrderedExecutor(settings.workers(), "update");
		this.inFlight = new Semaphore(settings.maxInFlight());
	}

	/**
	 * Takes a batch from Telegram. Never throws: a throw would end the library's polling
	 * loop.
	 */
	void accept(List<Update> batch) {
		for (Update update : batch) {
			try {
				accept(update);
			}
			catch (RuntimeException ex) {
				log.error("Could not take update {}", update.getUpdateId(), Redacted.of(ex));
			}
		}
	}

	/** Writes the update down and queues it; false if it had been received before. */
	boolean accept(Update update) {
		long chat = UpdateMapper.chatKey(update);
		if (!this.updates.record(update.getUpdateId(), chat, toJson(update), this.clock.instant())) {
			log.debug("Update {} was delivered again; ignored", update.getUpdateId());
			return false;
		}
		schedule(chat, update, verdict(update));
		return true;
	}

	/** Judged on arrival, so a flood is cut off at once rather than after its backlog. */
	private InboundThrottle.Verdict verdict(Update update) {
		Inbound inbound = UpdateMapper.map(update).orElse(null);
		if (inbound == null) {
			return InboundThrottle.Verdict.HANDLE;
		}
		if (inbound.content() instanceof Inbound.BotBlocked blocked) {
			if (!blocked.blocked()) {
				this.unreachable.reachable(inbound.chatId());
			}
			return InboundThrottle.Verdict.HANDLE;
		}
		this.unreachable.reachable(inbound.chatId());
		return this.throttle.check(inbound.from().id());
	}

	/** Queues what a crash left unhandled; called before receiving starts. */
	void recover() {
		List<ReceivedUpdate> left = this.updates.unhandled();
		if (!left.isEmpty()) {
			log.info("Handling {} updates left over from before the restart", left.size());
		}
		for (ReceivedUpdate received : left) {
			schedule(received.chat(), fromJson(received.json()), InboundThrottle.Verdict.HANDLE);
		}
	}

	private void schedule(long chat, Update update, InboundThrottle.Verdict verdict) {
		this.inFlight.acquireUninterruptibly();
		this.executor.submit(chat, () -> {
			try {
				this.updates.finish(update.getUpdateId(), this.processor.process(update, verdict));
			}
			finally {
				this.inFlight.release();
			}
		});
	}

	/** Waits for the updates already taken to be handled. */
	void drain() {
		if (!this.executor.drain(this.settings.shutdownGrace())) {
			log.warn("Shutting down with {} chats still busy; their updates are handled after the restart",
					this.executor.chatsBusy());
		}
	}

	@Override
	public void close() {
		drain();
		this.executor.close();
	}

	private static String toJson(Update update) {
		try {
			return TelegramClientConfiguration.JSON.writeValueAsString(update);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot serialise update " + update.getUpdateId(), ex);
		}
	}

	private static Update fromJson(String json) {
		try {
			return TelegramClientConfiguration.JSON.readValue(json, Update.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read a stored update", ex);
		}
	}

}
