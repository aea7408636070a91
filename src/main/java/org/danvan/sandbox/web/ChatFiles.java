package org.danvan.sandbox.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.danvan.sandbox.botapi.BotApiStandIn;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;

/**
 * The photo, voice note or file of a message in a chat: what the bot uploaded with it, or
 * the file Telegram holds under the id it was sent by (a villager's photo forwarded to an
 * officer).
 */
final class ChatFiles {

	private ChatFiles() {
	}

	static Optional<ResponseEntity<byte[]>> of(BotApiStandIn standIn, long chatId, int messageId) {
		Optional<BotApiStandIn.UploadedFile> upload = standIn.uploaded(chatId, messageId);
		if (upload.isPresent()) {
			return Optional.of(answer(upload.get().name(), upload.get().bytes()));
		}
		String media = standIn.messages(chatId)
			.stream()
			.filter((m) -> m.messageId() == messageId)
			.map((m) -> m.media())
			.findFirst()
			.orElseGet(() -> standIn.userMessages(chatId)
				.stream()
				.filter((m) -> m.messageId() == messageId)
				.map((m) -> m.media())
				.findFirst()
				.orElse(null));
		if (media == null || media.startsWith("location:")) {
			return Optional.empty();
		}
		String fileId = media.substring(media.indexOf(':') + 1);
		String name = media.startsWith("photo:") ? fileId + ".jpg" : fileId;
		return standIn.content(fileId).map((bytes) -> answer(name, bytes));
	}

	private static ResponseEntity<byte[]> answer(String name, byte[] bytes) {
		MediaType type = sniff(bytes)
			.orElseGet(() -> MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM));
		boolean shown = type.getType().equals("image") || type.getType().equals("audio");
		ContentDisposition disposition = (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(name, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	private static Optional<MediaType> sniff(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return Optional.of(MediaType.IMAGE_PNG);
		}
		if (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
			return Optional.of(MediaType.IMAGE_JPEG);
		}
		if (bytes.length > 3 && bytes[0] == 'O' && bytes[1] == 'g' && bytes[2] == 'g' && bytes[3] == 'S') {
			return Optional.of(MediaType.parseMediaType("audio/ogg"));
		}
		return Optional.empty();
	}

}
