package org.danvan.sandbox.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongConsumer;

import org.danvan.sandbox.SandboxMode;
import org.danvan.sandbox.botapi.BotApiStandIn;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells every open page, as Server-Sent Events, which chat changed (so a persona's chat
 * shows what others sent them as it comes), and when a reset begins. Events leave from a
 * thread of their own: a slow page never holds up the bot's sends.
 */
@Component
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
class ChatEvents {

	private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

	private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();

	private final ExecutorService sending = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "sandbox-events");
		thread.setDaemon(true);
		return thread;
	});

	private final BotApiStandIn standIn;

	private final LongConsumer onChange = this::changed;

	ChatEvents(SandboxMode mode) {
		this.standIn = mode.standIn();
		this.standIn.onChange(this.onChange);
	}

	SseEmitter open() {
		SseEmitter page = new SseEmitter(STREAM_LIFETIME.toMillis());
		page.onCompletion(() -> this.pages.remove(page));
		page.onTimeout(page::complete);
		page.onError((error) -> this.pages.remove(page));
		this.pages.add(page);
		return page;
	}

	private void changed(long chatId) {
		later(() -> send("chat", Map.of("persona", chatId, "revision", this.standIn.revision(chatId))));
	}

	/** Tells the pages a reset begins, then closes their streams. */
	void resetting() {
		later(() -> {
			send("reset", Map.of());
			this.pages.forEach(SseEmitter::complete);
		});
	}

	private void later(Runnable event) {
		try {
			this.sending.execute(event);
		}
		catch (RejectedExecutionException closing) {
			// the application is stopping: the pages' streams are closed already
		}
	}

	private void send(String name, Map<String, ?> data) {
		for (SseEmitter page : this.pages) {
			try {
				page.send(SseEmitter.event().name(name).data(data));
			}
			catch (IOException | IllegalStateException gone) {
				this.pages.remove(page);
			}
		}
	}

	@EventListener(ContextClosedEvent.class)
	void close() {
		this.standIn.removeListener(this.onChange);
		this.pages.forEach(SseEmitter::complete);
		this.sending.shutdown();
	}

}
