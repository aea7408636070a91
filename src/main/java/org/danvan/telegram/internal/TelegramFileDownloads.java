package org.danvan.telegram.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.danvan.telegram.TelegramFiles;
import org.danvan.telegram.TelegramSettings;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;

import org.springframework.stereotype.Component;

/**
 * Downloads from the configured Bot API address ({@code TelegramClient.downloadFile}
 * would always go to api.telegram.org): {@code getFile} for the path, then
 * {@code <api>/file/bot<token>/<path>}, written to a temporary file and moved into place.
 */
@Component
class TelegramFileDownloads implements TelegramFiles {

	private final TelegramGateway gateway;

	private final OkHttpClient http;

	private final TelegramSettings settings;

	TelegramFileDownloads(TelegramGateway gateway, OkHttpClient http, TelegramSettings settings) {
		this.gateway = gateway;
		this.http = http;
		this.settings = settings;
	}

	@Override
	public void download(String fileId, Path target) throws IOException {
		File file = this.gateway.call(new GetFile(fileId))
			.filter((f) -> f.getFilePath() != null)
			.orElseThrow(() -> new IOException("Telegram has no file " + fileId));
		HttpUrl url = HttpUrl.get(this.settings.apiUrl().toString())
			.newBuilder()
			.addPathSegment("file")
			.addPathSegment("bot" + this.settings.token())
			.addPathSegments(file.getFilePath())
			.build();
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		Files.createDirectories(target.getParent());
		try (Response response = this.http.newCall(new Request.Builder().url(url).build()).execute()) {
			if (!response.isSuccessful()) {
				// The address holds the token: say only what failed.
				throw new IOException("Downloading " + fileId + " failed with HTTP " + response.code());
			}
			try (InputStream in = response.body().byteStream()) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

}
