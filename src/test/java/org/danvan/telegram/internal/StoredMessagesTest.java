package org.danvan.telegram.internal;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.i18n.Text;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk message's voice note, sent through the real client to the stand-in: by its file
 * id, after the other attachments, as paid broadcast when the message is.
 */
class StoredMessagesTest {

	final BotApiStandIn telegram = new BotApiStandIn();

	final TelegramClient client = new OkHttpTelegramClient(BotApiStandIn.TOKEN,
			TelegramClientConfiguration.telegramUrl(URI.create(this.telegram.url())));

	@AfterEach
	void close() {
		this.telegram.close();
	}

	@Test
	void theVoiceGoesLastOfTheAttachmentsByItsFileIdAndPaidWhenTheMessageIs() throws Exception {
		StandInUser user = this.telegram.user(61, "Sok", "km");
		String voice = user.sendVoice(4).get("message").get("voice").get("file_id").asText();
		Reply reply = Reply.message(Text.literal("📢 Vĩnh Điều")).withVoice(voice);
		StoredMessage message = StoredMessages.of("📢 Vĩnh Điều", null, reply);

		List<TelegramCall> calls = StoredMessages.attachments(61, message.photoFileIds(), message.location(),
				message.documentFileId(), message.voiceFileId(), true);
		for (TelegramCall call : calls) {
			call.execute(this.client);
		}

		assertThat(message.calls()).isEqualTo(2).isEqualTo(Broadcasts.calls(reply));
		assertThat(calls).extracting(TelegramCall::method).containsExactly("sendVoice");
		assertThat(this.telegram.calls("sendVoice")).singleElement()
			.satisfies((call) -> assertThat(call.params().path("allow_paid_broadcast").asBoolean()).isTrue());
		assertThat(user.messages()).extracting(BotMessage::media).containsExactly("voice:" + voice);
	}

}
