package org.danvan.telegram;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Files people sent the bot, fetched from Telegram (which keeps them; a bot may download
 * files of up to 20 MB).
 */
public interface TelegramFiles {

	/**
	 * Downloads the file to {@code target}, whole or not at all.
	 * @throws IOException when Telegram does not know the file or the download fails
	 */
	void download(String fileId, Path target) throws IOException;

}
