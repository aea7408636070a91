package org.danvan.telegram.internal;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.telegram.Lane;
import org.danvan.telegram.SendLimits;

/**
 * Sends messages within Telegram's limits: one queue per chat (kept in order, one message
 * in flight per chat), a token bucket per chat and one for the whole bot, and two lanes,
 * so that a reply to someone waiting always goes before bulk traffic. A 429 pauses that
 * chat, or every chat when two chats are told to wait within a second of each other, for
 * exactly {@code retry_after}; every other failure but a definite refusal is retried (see
 * {@link TelegramFailure}) on its lane, with backoff and jitter, until {@code retry-for};
 * a reply past {@code interactive-deadline} goes out late, without its buttons.
 */
final class SendScheduler implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SendScheduler.class);

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	/**
	 * A chat is paced a tenth below its limit: two sends can arrive closer together than
	 * they left (the first on a new connection, say), and Telegram counts arrivals.
	 */
	private static final double CHAT_PACE = 0.9;

	/**
	 * Tokens of the whole bot's bucket that bulk sends leave for replies, so that a reply
	 * during a bulk send goes at once instead of waiting for the next token (up to a
	 * thirtieth of a second at Telegram's rate). Bulk sends still use the whole rate.
	 */
	private static final int REPLY_RESERVE = 1;

	/** Failed attempts in a row after which Telegram counts as down. */
	private static final int OUTAGE = 20;

	private final TelegramClient client;

	private final SendLimits limits;

	/** Failed attempts in a row, over all chats: how badly Telegram is failing now. */
	private final AtomicInteger failingInARow = new AtomicInteger();

	private final SendMetrics metrics;

	private final java.util.function.LongPredicate unreachable;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final Map<Long, ChatQueue> chats = new HashMap<>();

	private final Map<Lane, PriorityQueue<Ready>> ready = Map.of(Lane.INTERACTIVE, new PriorityQueue<>(), Lane.BULK,
			new PriorityQueue<>());

	private final TokenBucket global;

	private final TokenBucket paid;

	private final Thread[] senders;

	private long globalPausedUntil;

	private long last429At = Long.MIN_VALUE;

	private long last429Chat;

	private long sequence;

	private volatile boolean closed;

	SendScheduler(TelegramClient client, SendLimits limits, SendMetrics metrics,
			java.util.function.LongPredicate unreachable) {
		this.unreachable = unreachable;
		this.client = client;
		this.limits = limits;
		this.metrics = metrics;
		this.global = new TokenBucket(limits.globalPerSecond(), Math.max(1, limits.globalPerSecond() / 10),
				System.nanoTime());
		this.paid = new TokenBucket(limits.paidPerSecond(), Math.max(1, limits.paidPerSecond() / 10),
				System.nanoTime());
		this.globalPausedUntil = System.nanoTime();
		this.senders = new Thread[limits.senders()];
		for (int i = 0; i < this.senders.length; i++) {
			this.senders[i] = new Thread(this::run, "telegram-send-" + (i + 1));
			this.senders[i].setDaemon(true);
			this.senders[i].start();
		}
	}

	/**
	 * Queues a message for a chat; the future completes once Telegram has answered for
	 * good.
	 */
	CompletableFuture<SendOutcome> submit(long chatId, Lane lane, BotApiMethod<? extends Serializable> method) {
		return submit(chatId, lane, TelegramCall.of(method));
	}

	/** Queues any call that sends something to the chat (a photo, a location). */
	CompletableFuture<SendOutcome> submit(long chatId, Lane lane, TelegramCall call) {
		return submit(chatId, lane, call, false);
	}

	/**
	 * Queues a call; a paid broadcast ({@code paid}, the call carrying
	 * {@code allow_paid_broadcast}) counts against the paid rate instead of the bot's
	 * free one, and still against its chat's.
	 */
	CompletableFuture<SendOutcome> submit(long chatId, Lane lane, TelegramCall call, boolean paid) {
		Job job = new Job(chatId, lane, call, System.nanoTime(), paid);
		this.lock.lock();
		try {
			if (this.closed) {
				job.future.complete(new SendOutcome.Failed("shutting down"));
				return job.future;
			}
			if (this.unreachable.test(chatId)) {
				job.future.complete(new SendOutcome.Unreachable("unreachable until the person writes again"));
				return job.future;
			}
			ChatQueue chat = this.chats.computeIfAbsent(chatId, ChatQueue::new);
			chat.queue(lane).addLast(job);
			this.metrics.queued(lane, 1);
			schedule(chat, System.nanoTime());
			this.changed.signal();
		}
		finally {
			this.lock.unlock();
		}
		return job.future;
	}

	int depth(Lane lane) {
		this.lock.lock();
		try {
			return this.chats.values().stream().mapToInt((chat) -> chat.queue(lane).size()).sum();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void run() {
		while (true) {
			Job job = next();
			if (job == null) {
				return;
			}
			SendOutcome outcome = attempt(job);
			if (outcome != null) {
				job.future.complete(outcome);
				this.metrics.finished(job.lane, outcome, System.nanoTime() - job.enqueuedAt);
			}
		}
	}

	/**
	 * Waits for the next message that may go now, taking its tokens; null once closed.
	 */
	private Job next() {
		this.lock.lock();
		try {
			while (!this.closed) {
				long now = System.nanoTime();
				Ready candidate = peekReady(Lane.INTERACTIVE, now);
				if (candidate == null) {
					candidate = peekReady(Lane.BULK, now);
				}
				if (candidate == null) {
					awaitUntil(earliestReady(), now);
					continue;
				}
				ChatQueue chat = candidate.chat;
				boolean paidCall = chat.queue(candidate.lane).peekFirst().paid;
				TokenBucket rate = paidCall ? this.paid : this.global;
				long globalWait = Math.max(this.globalPausedUntil - now,
						rate.waitNanos(now, (candidate.lane == Lane.BULK && !paidCall) ? REPLY_RESERVE : 0));
				if (globalWait > 0) {
					this.changed.awaitNanos(globalWait);
					continue;
				}
				this.ready.get(candidate.lane).poll();
				Job job = chat.queue(candidate.lane).pollFirst();
				chat.inFlight = true;
				chat.version++;
				rate.take(now);
				chat.bucket(this.limits, now).take(now);
				this.metrics.queued(job.lane, -1);
				return job;
			}
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Sends once. Returns the outcome when the message is done with, or null when it went
	 * back into its chat's queue to be tried again later.
	 */
	private SendOutcome attempt(Job job) {
		SendOutcome outcome;
		long retryAt = 0;
		boolean globalPause = false;
		boolean sentNothing = false;
		try {
			outcome = new SendOutcome.Sent(job.call.execute(this.client));
			this.failingInARow.set(0);
		}
		catch (TelegramApiException | RuntimeException ex) {
			TelegramFailure failure = TelegramFailure.of(ex);
			if (failure.kind() == TelegramFailure.Kind.TOO_MANY_REQUESTS || !failure.kind().retried()) {
				// Telegram answered
				this.failingInARow.set(0);
			}
			switch (failure.kind()) {
				case TOO_MANY_REQUESTS -> {
					long wait = failure.retryAfter() * SECOND;
					this.metrics.tooManyRequests();
					if (job.waited + wait > this.limits.maxRetryAfter().toNanos()) {
						outcome = new SendOutcome.Failed(failure.reason());
					}
					else {
						job.waited += wait;
						retryAt = System.nanoTime() + wait;
						globalPause = isGlobal(job.chatId);
						outcome = null;
					}
				}
				case UNREACHABLE -> outcome = new SendOutcome.Unreachable(failure.reason());
				case REFUSED -> outcome = (job.uncertain && job.call.doneBefore(failure))
						? new SendOutcome.Sent(Boolean.TRUE) : new SendOutcome.Failed(failure.reason());
				default -> {
					outcome = retryOrFail(job, failure);
					retryAt = (outcome == null) ? System.nanoTime() + backoff(job) : 0;
					sentNothing = failure.kind() == TelegramFailure.Kind.TRANSIENT;
				}
			}
		}
		done(job, outcome, retryAt, globalPause, sentNothing);
		return outcome;
	}

	/**
	 * A failure worth retrying: tried again until {@code retry-for} has passed; a reply
	 * past its deadline is sent late, without its buttons.
	 */
	private SendOutcome retryOrFail(Job job, TelegramFailure failure) {
		job.attempts++;
		this.failingInARow.incrementAndGet();
		if (failure.kind() == TelegramFailure.Kind.UNCERTAIN) {
			job.uncertain = true;
			this.metrics.uncertain();
		}
		long age = System.nanoTime() - job.enqueuedAt;
		if (age >= this.limits.retryFor().toNanos()) {
			log.warn("Giving up {} to a chat after {} attempts in {} s: {}", job.call.method(), job.attempts,
					age / SECOND, failure.reason());
			return new SendOutcome.Failed(failure.reason());
		}
		if (job.lane == Lane.INTERACTIVE && !job.late && age >= this.limits.interactiveDeadline().toNanos()) {
			job.late = true;
			job.call = job.call.late();
			log.warn("A reply ({}) is still failing after {} s; it goes out late, without buttons: {}",
					job.call.method(), age / SECOND, failure.reason());
		}
		this.metrics.retried();
		return null;
	}

	private void done(Job job, SendOutcome outcome, long retryAt, boolean globalPause, boolean sentNothing) {
		this.lock.lock();
		try {
			ChatQueue chat = this.chats.get(job.chatId);
			chat.inFlight = false;
			if (sentNothing && this.failingInARow.get() < OUTAGE) {
				// Telegram sent nothing, so its rate is not used up and a partial
				// outage does not slow delivery; in a full one, back-off alone would
				// flood it
				long now = System.nanoTime();
				(job.paid ? this.paid : this.global).giveBack(now);
				chat.bucket(this.limits, now).giveBack(now);
			}
			if (outcome == null) {
				job.notBefore = retryAt;
				chat.queue(job.lane).addFirst(job);
				this.metrics.queued(job.lane, 1);
				if (globalPause) {
					this.globalPausedUntil = Math.max(this.globalPausedUntil, retryAt);
				}
				chat.pausedUntil = Math.max(chat.pausedUntil, retryAt);
			}
			else if (outcome instanceof SendOutcome.Unreachable unreachable) {
				drop(chat, unreachable);
			}
			long now = System.nanoTime();
			if (chat.isEmpty() && chat.bucket(this.limits, now).isFull(now) && chat.pausedUntil < now) {
				this.chats.remove(job.chatId);
			}
			else {
				schedule(chat, now);
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * What else waits for a chat that cannot be reached fails the same way, without a
	 * call.
	 */
	private void drop(ChatQueue chat, SendOutcome.Unreachable outcome) {
		for (Lane lane : Lane.values()) {
			Job other;
			while ((other = chat.queue(lane).pollFirst()) != null) {
				this.metrics.queued(lane, -1);
				other.future.complete(outcome);
			}
		}
	}

	/**
	 * A 429 for a second chat within a second of another's means the whole bot is
	 * limited.
	 */
	private boolean isGlobal(long chatId) {
		this.lock.lock();
		try {
			long now = System.nanoTime();
			boolean global = this.last429At != Long.MIN_VALUE && now - this.last429At < SECOND
					&& this.last429Chat != chatId;
			this.last429At = now;
			this.last429Chat = chatId;
			return global;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Puts the chat in the ready queue of each lane it has messages for. Holds the lock.
	 */
	private void schedule(ChatQueue chat, long now) {
		if (chat.inFlight) {
			return;
		}
		chat.version++;
		long bucketReady = now + chat.bucket(this.limits, now).waitNanos(now);
		for (Lane lane : Lane.values()) {
			Job head = chat.queue(lane).peekFirst();
			if (head != null) {
				long readyAt = Math.max(bucketReady, Math.max(chat.pausedUntil, head.notBefore));
				this.ready.get(lane).add(new Ready(readyAt, this.sequence++, lane, chat, chat.version));
			}
		}
	}

	private Ready peekReady(Lane lane, long now) {
		Ready head = peekValid(lane);
		return (head != null && head.readyAt - now <= 0) ? head : null;
	}

	/**
	 * The earliest entry of a lane that is still current, dropping stale ones on the way.
	 */
	private Ready peekValid(Lane lane) {
		PriorityQueue<Ready> queue = this.ready.get(lane);
		Ready head = queue.peek();
		while (head != null && head.version != head.chat.version) {
			queue.poll();
			head = queue.peek();
		}
		return head;
	}

	private long earliestReady() {
		long earliest = Long.MAX_VALUE;
		for (Lane lane : Lane.values()) {
			Ready head = peekValid(lane);
			if (head != null && (earliest == Long.MAX_VALUE || head.readyAt - earliest < 0)) {
				earliest = head.readyAt;
			}
		}
		return earliest;
	}

	private void awaitUntil(long readyAt, long now) throws InterruptedException {
		if (readyAt == Long.MAX_VALUE) {
			this.changed.await();
		}
		else {
			this.changed.awaitNanos(Math.max(1, readyAt - now));
		}
	}

	/**
	 * Exponential with jitter, but by how long Telegram has been failing rather than by
	 * one message's bad luck: in a partial outage a retry comes soon, in a full one every
	 * message slows down. A reply waits at most 2 s until its deadline; the rest up to 10
	 * s.
	 */
	private long backoff(Job job) {
		int exponent = Math.min(job.attempts, this.failingInARow.get());
		long most = (job.lane == Lane.INTERACTIVE && !job.late) ? 2 * SECOND : 10 * SECOND;
		long base = Math.min(most, (SECOND / 2) << Math.min(Math.max(0, exponent - 1), 6));
		return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
	}

	/** Takes back every queued message of a lane that is not being sent right now. */
	void cancel(Lane lane) {
		this.lock.lock();
		try {
			for (ChatQueue chat : this.chats.values()) {
				Job job;
				while ((job = chat.queue(lane).pollFirst()) != null) {
					this.metrics.queued(lane, -1);
					job.future.complete(new SendOutcome.Cancelled());
				}
				schedule(chat, System.nanoTime());
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops sending; whatever is still queued ends as cancelled, so that nobody waits for
	 * it (a scheduled job finishing during shutdown).
	 */
	@Override
	public void close() {
		cancel(Lane.BULK);
		cancel(Lane.INTERACTIVE);
		this.lock.lock();
		try {
			this.closed = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private static final class Job {

		final long chatId;

		final Lane lane;

		TelegramCall call;

		final long enqueuedAt;

		final CompletableFuture<SendOutcome> future = new CompletableFuture<>();

		int attempts;

		long waited;

		long notBefore;

		/** An earlier attempt's connection broke after it went out. */
		boolean uncertain;

		/** Past the interactive deadline. */
		boolean late;

		/** Sent as a paid broadcast. */
		final boolean paid;

		Job(long chatId, Lane lane, TelegramCall call, long enqueuedAt, boolean paid) {
			this.paid = paid;
			this.chatId = chatId;
			this.lane = lane;
			this.call = call;
			this.enqueuedAt = enqueuedAt;
			this.notBefore = enqueuedAt;
		}

	}

	private static final class ChatQueue {

		final long chatId;

		final Deque<Job> interactive = new ArrayDeque<>();

		final Deque<Job> bulk = new ArrayDeque<>();

		TokenBucket bucket;

		long pausedUntil = Long.MIN_VALUE;

		boolean inFlight;

		long version;

		ChatQueue(long chatId) {
			this.chatId = chatId;
		}

		Deque<Job> queue(Lane lane) {
			return (lane == Lane.INTERACTIVE) ? this.interactive : this.bulk;
		}

		boolean isEmpty() {
			return this.interactive.isEmpty() && this.bulk.isEmpty();
		}

		TokenBucket bucket(SendLimits limits, long now) {
			if (this.bucket == null) {
				this.bucket = (this.chatId < 0)
						? new TokenBucket(CHAT_PACE * limits.groupPerMinute() / 60,
								Math.max(1, limits.groupPerMinute() / 20), now)
						: new TokenBucket(CHAT_PACE * limits.chatPerSecond(), limits.chatBurst(), now);
			}
			return this.bucket;
		}

	}

	private record Ready(long readyAt, long sequence, Lane lane, ChatQueue chat,
			long version) implements Comparable<Ready> {

		@Override
		public int compareTo(Ready other) {
			int byTime = Long.compare(this.readyAt, other.readyAt);
			return (byTime != 0) ? byTime : Long.compare(this.sequence, other.sequence);
		}

	}

}
