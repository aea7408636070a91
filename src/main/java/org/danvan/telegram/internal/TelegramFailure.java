package org.danvan.telegram.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Why a call to the Bot API did not succeed, and what to do about it. The one rule: only
 * Telegram's own JSON refusals (4xx) are final; 429 waits {@code retry_after}; everything
 * else (5xx with any body, HTML or empty answers, resets, time-outs, DNS) is tried again.
 *
 * @param kind what to do
 * @param code the HTTP status or Telegram's error code, 0 when there was no answer
 * @param reason what went wrong, for logs
 * @param retryAfter seconds Telegram asked to wait (429 only)
 */
record TelegramFailure(Kind kind, int code, String reason, int retryAfter) {

	enum Kind {

		/** Telegram asked to wait {@code retry_after} seconds, then try again. */
		TOO_MANY_REQUESTS,

		/** Did not reach Telegram, or Telegram failed: nothing was done, try again. */
		TRANSIENT,

		/**
		 * The connection broke after the request went out: Telegram may have done it, and
		 * trying again may do it twice.
		 */
		UNCERTAIN,

		/** The person blocked the bot, or the chat does not exist. Final. */
		UNREACHABLE,

		/** Telegram refused the request itself (400, 401, 404...). Final. */
		REFUSED;

		boolean retried() {
			return this == TOO_MANY_REQUESTS || this == TRANSIENT || this == UNCERTAIN;
		}

	}

	/** What an exception from the TelegramBots client means. */
	static TelegramFailure of(Throwable failure) {
		UnreadableAnswer unreadable = find(failure, UnreadableAnswer.class);
		if (unreadable != null) {
			return transientFailure(unreadable.status(), unreadable.getMessage());
		}
		if (failure instanceof TelegramApiRequestException request && request.getErrorCode() != null
				&& request.getErrorCode() != 0) {
			Integer retryAfter = (request.getParameters() != null) ? request.getParameters().getRetryAfter() : null;
			return answer(request.getErrorCode(), request.getApiResponse(), retryAfter);
		}
		if (failure instanceof TelegramApiValidationException) {
			return new TelegramFailure(Kind.REFUSED, 0, "invalid request: " + failure.getMessage(), 0);
		}
		IOException io = find(failure, IOException.class);
		if (io != null) {
			return io(io);
		}
		if (failure instanceof TelegramApiRequestException) {
			// error code 0: an answer the library could not read as Telegram's
			return transientFailure(0, "unreadable answer: " + failure.getMessage());
		}
		return new TelegramFailure(Kind.REFUSED, 0, String.valueOf(failure), 0);
	}

	/** Telegram's JSON answer {@code error_code} and {@code description}. */
	static TelegramFailure answer(int code, String description, Integer retryAfter) {
		String reason = code + " " + description;
		if (code == 429) {
			return new TelegramFailure(Kind.TOO_MANY_REQUESTS, code, reason,
					(retryAfter != null) ? Math.max(1, retryAfter) : 1);
		}
		String text = String.valueOf(description).toLowerCase(Locale.ROOT);
		if (code == 403 || (code == 400 && text.contains("chat not found"))) {
			return new TelegramFailure(Kind.UNREACHABLE, code, reason, 0);
		}
		if (code >= 400 && code < 500) {
			return new TelegramFailure(Kind.REFUSED, code, reason, 0);
		}
		return transientFailure(code, reason);
	}

	private static TelegramFailure io(IOException io) {
		String reason = io.getClass().getSimpleName() + ": " + io.getMessage();
		boolean notSent = io instanceof UnknownHostException || io instanceof ConnectException
				|| io instanceof NoRouteToHostException || (io instanceof SocketTimeoutException
						&& String.valueOf(io.getMessage()).toLowerCase(Locale.ROOT).contains("connect"));
		return new TelegramFailure(notSent ? Kind.TRANSIENT : Kind.UNCERTAIN, 0, reason, 0);
	}

	private static TelegramFailure transientFailure(int code, String reason) {
		return new TelegramFailure(Kind.TRANSIENT, code, reason, 0);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
