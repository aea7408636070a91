package org.danvan.telegram.internal;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.telegram.SendLimits;
import org.danvan.telegram.TelegramSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client every call to the Bot API goes through, pointed at the configured
 * address.
 */
@Configuration(proxyBeanMethods = false)
class TelegramClientConfiguration {

	/** Jackson 2, as the TelegramBots objects are annotated for it. */
	static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
			false);

	@Bean
	TelegramUrl telegramUrl(TelegramSettings settings) {
		return telegramUrl(settings.apiUrl());
	}

	static TelegramUrl telegramUrl(URI apiUrl) {
		String scheme = apiUrl.getScheme();
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			throw new IllegalArgumentException("TELEGRAM_API_URL must be an http or https address: " + apiUrl);
		}
		String path = apiUrl.getPath();
		if (path != null && !path.isEmpty() && !"/".equals(path)) {
			throw new IllegalArgumentException("TELEGRAM_API_URL must have no path (the Bot API has none): " + apiUrl);
		}
		int port = (apiUrl.getPort() != -1) ? apiUrl.getPort() : ("https".equals(scheme) ? 443 : 80);
		return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
	}

	@Bean(destroyMethod = "")
	OkHttpClient telegramHttpClient(TelegramSettings settings, BotApiLink link) {
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(100);
		dispatcher.setMaxRequestsPerHost(100);
		long pollSeconds = settings.pollTimeout().toSeconds();
		return new OkHttpClient.Builder().dispatcher(dispatcher)
			.connectionPool(new ConnectionPool(20, 60, TimeUnit.SECONDS))
			.connectTimeout(15, TimeUnit.SECONDS)
			.writeTimeout(30, TimeUnit.SECONDS)
			.readTimeout(pollSeconds + 30, TimeUnit.SECONDS)
			.addInterceptor(link)
			.addInterceptor(new AnswerCheck())
			.build();
	}

	@Bean
	HttpClientShutdown telegramHttpClientShutdown(OkHttpClient client) {
		return new HttpClientShutdown(client);
	}

	/**
	 * Sends use the same connections as polling but give up on a silent server much
	 * sooner. OkHttp does not repeat them by itself after a broken connection: the
	 * scheduler does, and counts those that may arrive twice.
	 */
	@Bean
	TelegramClient telegramClient(OkHttpClient client, TelegramSettings settings, SendLimits limits, TelegramUrl url) {
		long timeout = limits.sendTimeout().toMillis();
		OkHttpClient sends = client.newBuilder()
			.readTimeout(timeout, TimeUnit.MILLISECONDS)
			.callTimeout(timeout, TimeUnit.MILLISECONDS)
			.retryOnConnectionFailure(false)
			.build();
		return new OkHttpTelegramClient(JSON, sends, settings.token(), url);
	}

	@Bean(destroyMethod = "close")
	SendScheduler sendScheduler(TelegramClient client, SendLimits limits, SendMetrics metrics,
			UnreachableChats unreachable) {
		return new SendScheduler(client, limits, metrics, unreachable::contains);
	}

	/**
	 * OkHttp's dispatcher threads are not daemons and linger for a minute after the last
	 * call; ending them lets the JVM exit as soon as Spring has stopped.
	 */
	record HttpClientShutdown(OkHttpClient client) implements AutoCloseable {

		@Override
		public void close() {
			this.client.dispatcher().cancelAll();
			this.client.dispatcher().executorService().shutdownNow();
			this.client.connectionPool().evictAll();
		}

	}

}
