package org.danvan.sandbox.botapi;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stand-in's {@code sendVoice}, as strict as Telegram's: a file id it knows or an Ogg
 * upload, nothing else.
 */
class SendVoiceTest {

	final BotApiStandIn telegram = new BotApiStandIn();

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void close() {
		this.telegram.close();
	}

	@Test
	void aKnownFileIdIsSentAgainAndRecorded() throws Exception {
		StandInUser user = this.telegram.user(41, "Sok", "km");
		String fileId = user.sendVoice(7).get("message").get("voice").get("file_id").asText();

		JsonNode answer = json("{\"chat_id\":41,\"voice\":\"" + fileId + "\"}");

		assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
		assertThat(user.messages()).last().extracting(BotMessage::media).isEqualTo("voice:" + fileId);
	}

	@Test
	void anUnknownFileIdIsRefused() throws Exception {
		this.telegram.user(42, "Lan", "vi").sendVoice(3);

		JsonNode answer = json("{\"chat_id\":42,\"voice\":\"voice-never-seen\"}");

		assertThat(answer.path("error_code").asInt()).isEqualTo(400);
		assertThat(answer.path("description").asText())
			.isEqualTo("Bad Request: wrong file identifier/HTTP URL specified");
	}

	@Test
	void anUploadMustBeOgg() throws Exception {
		StandInUser user = this.telegram.user(43, "Luc", "fr");
		user.sendVoice(3);

		JsonNode refused = upload(43, "note.mp3", "ID3 not an ogg file".getBytes(StandardCharsets.US_ASCII));
		JsonNode sent = upload(43, "note.ogg", "OggS and then opus".getBytes(StandardCharsets.US_ASCII));

		assertThat(refused.path("error_code").asInt()).isEqualTo(400);
		assertThat(refused.path("description").asText()).isEqualTo("Bad Request: VOICE_MESSAGE_INVALID");
		assertThat(sent.path("ok").asBoolean()).as(sent.toString()).isTrue();
		assertThat(user.messages()).last().extracting(BotMessage::media).isEqualTo("voice:note.ogg");
	}

	@Test
	void aPhoneSendsOnlyOggAsAVoiceNote() {
		StandInUser user = this.telegram.user(44, "Kham", "lo");
		byte[] ogg = new byte[6144];
		System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, ogg, 0, 4);

		assertThatThrownBy(() -> user.sendVoice("ID3 an mp3".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(ApiError.class)
			.hasMessage("Bad Request: VOICE_MESSAGE_INVALID");
		JsonNode voice = user.sendVoice(ogg).get("message").get("voice");

		assertThat(voice.get("mime_type").asText()).isEqualTo("audio/ogg");
		assertThat(voice.get("duration").asInt()).isEqualTo(3);
		assertThat(voice.get("file_size").asInt()).isEqualTo(6144);
		assertThat(this.telegram.content(voice.get("file_id").asText())).contains(ogg);
	}

	private JsonNode json(String body) throws Exception {
		return send(HttpRequest.newBuilder(uri())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private JsonNode upload(long chatId, String fileName, byte[] content) throws Exception {
		String boundary = "voiceboundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n" + chatId
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"voice\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private JsonNode send(HttpRequest request) throws Exception {
		return BotApiStandIn.JSON.readTree(this.http.send(request, HttpResponse.BodyHandlers.ofString()).body());
	}

	private URI uri() {
		return URI.create(this.telegram.url() + "/bot" + BotApiStandIn.TOKEN + "/sendVoice");
	}

}
