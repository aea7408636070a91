package org.danvan.telegram.internal;

import java.io.IOException;

/**
 * An answer from the Bot API's address that is not Telegram's JSON: a front end's HTML
 * error page, an empty body. The library would read it as error code 0; this keeps the
 * HTTP status, so that it is retried like any server error.
 */
class UnreadableAnswer extends IOException {

	private final int status;

	UnreadableAnswer(int status, String contentType, String body) {
		super(status + " " + ((contentType != null) ? contentType : "no content type") + ": "
				+ (body.isBlank() ? "empty body" : body));
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
