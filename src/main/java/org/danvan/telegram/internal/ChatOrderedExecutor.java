package org.danvan.telegram.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.danvan.shared.Redacted;

/**
 * Runs tasks on a bounded pool so that tasks of one chat run one after another, in the
 * order they were submitted, while different chats run in parallel.
 */
class ChatOrderedExecutor implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChatOrderedExecutor.class);

	private final ExecutorService pool;

	private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

	ChatOrderedExecutor(int threads, String name) {
		AtomicInteger counter = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				(runnable) -> {
					Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	void submit(long chat, Runnable task) {
		CompletableFuture<Void> next = this.tails.compute(chat, (key, tail) -> {
			CompletableFuture<Void> previous = (tail != null) ? tail : CompletableFuture.completedFuture(null);
			return previous.thenRunAsync(() -> runSafely(task), this.pool);
		});
		next.whenComplete((result, error) -> this.tails.remove(chat, next));
	}

	private static void runSafely(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException | Error ex) {
			log.error("Update task failed", Redacted.of(ex));
		}
	}

	int chatsBusy() {
		return this.tails.size();
	}

	/** Waits until every submitted task has run, or the grace period is over. */
	boolean drain(Duration grace) {
		try {
			CompletableFuture.allOf(this.tails.values().toArray(CompletableFuture[]::new))
				.get(grace.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return true;
		}
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
