package org.danvan.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.danvan.shared.Redacted;
import org.danvan.telegram.BulkSettings;
import org.danvan.telegram.ChatUnreachable;
import org.danvan.telegram.Lane;
import org.danvan.telegram.internal.Delivery.Status;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works through bulk jobs: claims a slice of recipients with a lease, sends each delivery
 * that is not yet final on the bulk lane, records how it ended, and deletes the slice
 * when done. Instances sharing a database share the slices; a slice whose owner died is
 * taken over when its lease runs out, and what that owner had already sent is not sent
 * again.
 */
@Component
class BulkWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BulkWorker.class);

	private final String owner = UUID.randomUUID().toString();

	private final BulkStore store;

	private final SendScheduler scheduler;

	private final BulkSettings settings;

	private final ApplicationEventPublisher events;

	private final Semaphore wake = new Semaphore(0);

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	BulkWorker(BulkStore store, SendScheduler scheduler, BulkSettings settings, ApplicationEventPublisher events) {
		this.store = store;
		this.scheduler = scheduler;
		this.settings = settings;
		this.events = events;
	}

	/** New work was written: look now rather than at the next poll. */
	void wakeUp() {
		this.wake.release(this.settings.workers());
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < this.settings.workers(); i++) {
			Thread thread = new Thread(this::run, "bulk-" + (i + 1));
			thread.setDaemon(true);
			thread.start();
			this.threads.add(thread);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.scheduler.cancel(Lane.BULK);
		this.wake.release(this.threads.size());
		for (Thread thread : this.threads) {
			try {
				thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		while (this.running) {
			try {
				Optional<BulkChunk> chunk = this.store.claim(this.owner, this.settings.lease());
				if (chunk.isPresent()) {
					work(chunk.get());
				}
				else {
					this.wake.tryAcquire(this.settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Bulk sending failed; trying again shortly", Redacted.of(ex));
				sleepQuietly();
			}
		}
	}

	private void work(BulkChunk chunk) {
		BulkJob job = this.store.job(chunk.jobId()).orElse(null);
		if (job == null) {
			this.store.finish(chunk, Map.of());
			return;
		}
		Map<Status, Integer> outcomes = new ConcurrentHashMap<>();
		List<CompletableFuture<Void>> pending = new ArrayList<>();
		long renewAt = System.nanoTime() + this.settings.lease().toNanos() / 3;
		List<BulkChunk.Entry> entries = toSend(chunk, outcomes);
		boolean paid = job.paidCalls() > 0 && this.store.payFor(chunk, calls(job, entries));
		for (BulkChunk.Entry entry : entries) {
			if (!this.running) {
				break;
			}
			pending.add(send(job, entry, outcomes, paid));
			if (System.nanoTime() > renewAt) {
				if (!this.store.renew(chunk, this.owner, this.settings.lease())) {
					awaitAll(pending, chunk);
					return;
				}
				renewAt = System.nanoTime() + this.settings.lease().toNanos() / 3;
			}
		}
		awaitAll(pending, chunk);
		if (this.running) {
			this.store.finish(chunk, outcomes);
		}
		else {
			this.store.release(chunk, this.owner);
		}
	}

	/**
	 * A slice claimed for the first time holds only pending deliveries. One taken over
	 * after a crash or a shutdown is read again: what its last owner finished is counted,
	 * not resent.
	 */
	private List<BulkChunk.Entry> toSend(BulkChunk chunk, Map<Status, Integer> outcomes) {
		if (chunk.claims() <= 1) {
			return chunk.entries();
		}
		log.info("Taking over slice {} of job {} (claim {})", chunk.id(), chunk.jobId(), chunk.claims());
		List<BulkChunk.Entry> left = new ArrayList<>();
		for (BulkChunk.Entry entry : chunk.entries()) {
			Status status = this.store.delivery(chunk.jobId(), this.store.key(chunk.jobId(), entry))
				.map(Delivery::status)
				.orElse(Status.PENDING);
			if (status.isFinal()) {
				outcomes.merge(status, 1, Integer::sum);
			}
			else {
				left.add(entry);
			}
		}
		return left;
	}

	private void awaitAll(List<CompletableFuture<Void>> pending, BulkChunk chunk) {
		CompletableFuture<Void> all = CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
		while (!all.isDone()) {
			try {
				all.get(this.settings.lease().toMillis() / 3, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				this.store.renew(chunk, this.owner, this.settings.lease());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException ex) {
				log.error("A bulk delivery failed unexpectedly", Redacted.of(ex));
			}
		}
	}

	private static long calls(BulkJob job, List<BulkChunk.Entry> entries) {
		return entries.stream()
			.map((entry) -> job.versions().get(entry.version()))
			.filter(java.util.Objects::nonNull)
			.mapToLong(StoredMessage::calls)
			.sum();
	}

	private CompletableFuture<Void> send(BulkJob job, BulkChunk.Entry entry, Map<Status, Integer> outcomes,
			boolean paid) {
		String key = this.store.key(job.id(), entry);
		StoredMessage message = job.versions().get(entry.version());
		OptionalLong opened = this.store.chat(job.id(), entry);
		if (message == null || opened.isEmpty()) {
			String error = (message == null) ? "no version " + entry.version() : "sealed under another relay key";
			record(job.id(), key, Status.FAILED, error, outcomes);
			return CompletableFuture.completedFuture(null);
		}
		long chat = opened.getAsLong();
		Lane lane = job.laneOrBulk();
		for (TelegramCall attachment : StoredMessages.attachments(chat, message.photoFileIds(), message.location(),
				message.documentFileId(), message.voiceFileId(), paid)) {
			this.scheduler.submit(chat, lane, attachment, paid);
		}
		return this.scheduler
			.submit(chat, lane, TelegramCall.of(StoredMessages.toSendMessage(chat, message, paid)), paid)
			.thenAccept((outcome) -> ended(job.id(), key, chat, outcome, outcomes));
	}

	private void ended(String jobId, String key, long chatId, SendOutcome outcome, Map<Status, Integer> outcomes) {
		if (outcome instanceof SendOutcome.Sent) {
			record(jobId, key, Status.SENT, null, outcomes);
		}
		else if (outcome instanceof SendOutcome.Unreachable unreachable) {
			record(jobId, key, Status.BLOCKED, unreachable.reason(), outcomes);
			this.events.publishEvent(new ChatUnreachable(chatId, unreachable.reason()));
		}
		else if (outcome instanceof SendOutcome.Failed failed) {
			record(jobId, key, Status.FAILED, failed.reason(), outcomes);
		}
		else {
			this.store.pending(jobId, key);
		}
	}

	private void record(String jobId, String key, Status status, String error, Map<Status, Integer> outcomes) {
		this.store.finished(jobId, key, status, this.owner, error);
		outcomes.merge(status, 1, Integer::sum);
	}

	private static void sleepQuietly() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
