package org.danvan.sandbox.botapi;

/**
 * An error the Bot API stand-in answers with, worded as Telegram words it.
 */
public final class ApiError extends RuntimeException {

	final int code;

	final Integer retryAfter;

	ApiError(int code, String description) {
		this(code, description, null);
	}

	ApiError(int code, String description, Integer retryAfter) {
		super(description);
		this.code = code;
		this.retryAfter = retryAfter;
	}

	/** The HTTP status Telegram answers with. */
	public int code() {
		return this.code;
	}

	static ApiError badRequest(String what) {
		return new ApiError(400, "Bad Request: " + what);
	}

	static ApiError tooMany(int retryAfter) {
		return new ApiError(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
	}

}
