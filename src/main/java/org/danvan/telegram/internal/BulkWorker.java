package org.danvan.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	String owner() {
		return this.owner;
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
				log.error("Bulk sending failed; trying again shortly", ex);
				sleepQuietly();
			}
		}
	}

	private void work(BulkChunk chunk) {
		if (chunk.claims() > 1) {
			log.info("Taking over slice {} of job {} (claim {})", chunk.id(), chunk.jobId(), chunk.claims());
		}
		BulkJob job = this.store.job(chunk.jobId()).orElse(null);
		if (job == null) {
			this.store.finish(chunk);
			return;
		}
		long renewAt = System.nanoTime() + this.settings.lease().toNanos() / 3;
		List<CompletableFuture<Void>> pending = new ArrayList<>();
		for (long chatId : chunk.chatIds()) {
			if (!this.running) {
				break;
			}
			this.store.delivery(job.id(), chatId)
				.filter((delivery) -> !delivery.status().isFinal())
				.ifPresent((delivery) -> pending.add(send(job, delivery)));
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
			this.store.finish(chunk);
		}
		else {
			this.store.release(chunk, this.owner);
		}
	}

	private void awaitAll(List<CompletableFuture<Void>> pending, BulkChunk chunk) {
		CompletableFuture<Void> all = CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
		while (!all.isDone()) {
			try {
				all.get(this.settings.lease().toMillis() / 3, TimeUnit.MILLISECONDS);
			}
			catch (java.util.concurrent.TimeoutException ex) {
				this.store.renew(chunk, this.owner, this.settings.lease());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				log.error("A bulk delivery failed unexpectedly", ex);
			}
		}
	}

	private CompletableFuture<Void> send(BulkJob job, Delivery delivery) {
		StoredMessage message = job.versions().get(delivery.version());
		if (message == null) {
			this.store.finished(delivery, Status.FAILED, "no version " + delivery.version());
			return CompletableFuture.completedFuture(null);
		}
		this.store.sending(delivery, this.owner);
		return this.scheduler
			.submit(delivery.chatId(), Lane.BULK, StoredMessages.toSendMessage(delivery.chatId(), message))
			.thenAccept((outcome) -> record(delivery, outcome));
	}

	private void record(Delivery delivery, SendOutcome outcome) {
		if (outcome instanceof SendOutcome.Sent) {
			this.store.finished(delivery, Status.SENT, null);
		}
		else if (outcome instanceof SendOutcome.Unreachable unreachable) {
			this.store.finished(delivery, Status.BLOCKED, unreachable.reason());
			this.events.publishEvent(new ChatUnreachable(delivery.chatId(), unreachable.reason()));
		}
		else if (outcome instanceof SendOutcome.Failed failed) {
			this.store.finished(delivery, Status.FAILED, failed.reason());
		}
		else {
			this.store.pending(delivery);
		}
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
