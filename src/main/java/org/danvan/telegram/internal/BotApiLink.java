package org.danvan.telegram.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.danvan.telegram.TelegramSettings;

import org.springframework.stereotype.Component;

/**
 * Watches every call to the Bot API: a failed long poll is one WARN line (the library's
 * own ERROR with stack traces is switched off); when no call has succeeded for
 * {@code outage-after}, that is one ERROR line and {@link TelegramHealth} says DEGRADED
 * until a call succeeds again.
 */
@Component
class BotApiLink implements Interceptor {

	private static final Logger log = LoggerFactory.getLogger(BotApiLink.class);

	private final long outageNanos;

	private final AtomicBoolean inOutage = new AtomicBoolean();

	private volatile long lastSuccess = System.nanoTime();

	private volatile long lastFailure;

	private volatile boolean failedLast;

	private volatile String lastError = "";

	BotApiLink(TelegramSettings settings) {
		this.outageNanos = settings.outageAfter().toNanos();
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		List<String> path = chain.request().url().pathSegments();
		if (!path.get(0).startsWith("bot")) {
			return chain.proceed(chain.request());
		}
		String method = path.get(path.size() - 1);
		Response response;
		try {
			response = chain.proceed(chain.request());
		}
		catch (IOException ex) {
			if (!chain.call().isCanceled()) {
				failed(method, (ex instanceof UnreadableAnswer) ? ex.getMessage()
						: ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			throw ex;
		}
		if (response.code() >= 500) {
			failed(method, response.code() + " " + response.message());
		}
		else {
			succeeded();
			if (response.code() >= 400 && "getUpdates".equalsIgnoreCase(method)) {
				log.warn("Telegram refused getUpdates: {} {}", response.code(), response.message());
			}
		}
		return response;
	}

	/** How long no call has succeeded, once that is longer than {@code outage-after}. */
	Optional<Duration> outage() {
		long since = System.nanoTime() - this.lastSuccess;
		return (this.failedLast && since >= this.outageNanos) ? Optional.of(Duration.ofNanos(since)) : Optional.empty();
	}

	String lastError() {
		return this.lastError;
	}

	private void failed(String method, String reason) {
		long now = System.nanoTime();
		this.lastFailure = now;
		this.failedLast = true;
		this.lastError = method + ": " + reason;
		if ("getUpdates".equalsIgnoreCase(method)) {
			log.warn("Polling Telegram failed ({}); polling again shortly", reason);
		}
		if (now - this.lastSuccess >= this.outageNanos && this.inOutage.compareAndSet(false, true)) {
			log.error("No call to Telegram has succeeded for {} s (last: {}); sends wait and are retried",
					Duration.ofNanos(now - this.lastSuccess).toSeconds(), this.lastError);
		}
	}

	private void succeeded() {
		long now = System.nanoTime();
		this.lastSuccess = now;
		this.failedLast = false;
		if (this.inOutage.compareAndSet(true, false)) {
			log.warn("Telegram answers again, {} s after the last failure",
					Duration.ofNanos(now - this.lastFailure).toSeconds());
		}
	}

}
