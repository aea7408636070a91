package org.danvan.telegram.internal;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Lets only Telegram's JSON answers through to the library: anything else from a Bot API
 * method's address becomes an {@link UnreadableAnswer} that keeps the HTTP status. File
 * downloads are left alone.
 */
final class AnswerCheck implements Interceptor {

	private static final int SHOWN = 120;

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		if (!isMethodCall(chain) || isJson(response)) {
			return response;
		}
		String body = response.peekBody(SHOWN * 4L).string().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
		String type = response.header("Content-Type");
		response.close();
		throw new UnreadableAnswer(response.code(), type, (body.length() > SHOWN) ? body.substring(0, SHOWN) : body);
	}

	private static boolean isMethodCall(Chain chain) {
		return chain.request().url().pathSegments().get(0).startsWith("bot");
	}

	private static boolean isJson(Response response) throws IOException {
		MediaType type = (response.body() != null) ? response.body().contentType() : null;
		return type != null && "json".equals(type.subtype()) && !response.peekBody(1).string().isEmpty();
	}

}
