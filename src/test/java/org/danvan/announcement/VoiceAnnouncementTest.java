package org.danvan.announcement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.danvan.access.MemberManagement;
import org.danvan.i18n.Languages;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.EndToEndTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announcements whose versions are voice notes the officer records, end to end through
 * the fake Bot API.
 */
class VoiceAnnouncementTest extends EndToEndTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String KHMER_TEXT = "ប្រជុំភូមិនៅថ្ងៃច័ន្ទ នៅសាលាឃុំ។";

	@Autowired
	MemberManagement members;

	@Autowired
	Announcements announcements;

	/**
	 * Given villagers of Đầm Chít reading Khmer, Vietnamese and French, when an officer
	 * of Tân Khánh Hòa records a Vietnamese voice note with no text and writes a Khmer
	 * text with a voice note after it, then the preview plays both voices, and after
	 * Confirm the Khmer reader hears the Khmer voice then reads its text, the Vietnamese
	 * reader hears the Vietnamese voice then gets the heading, the French reader (no
	 * version of their own) hears the Vietnamese voice, and /announcements counts one
	 * delivery each.
	 */
	@Test
	void eachReaderHearsTheVoiceOfTheirLanguage() {
		StandInUser khmer = villager("Sok", "km", "kg-tkh-dam-chit");
		StandInUser vietnamese = villager("Lan", "vi", "kg-tkh-dam-chit");
		StandInUser french = villager("Luc", "fr", "kg-tkh-dam-chit");
		StandInUser officer = officer("Cán bộ", "kg-tkh");

		officer.send("/announce");
		officer.press(officer.awaitText("Gửi cho ai?"), "Một số thôn, ấp, bản");
		officer.press(officer.awaitText("đánh dấu các thôn"), "Đầm Chít");
		officer.press(officer.await((m) -> m.button("Xong (1 ").isPresent(), "Đầm Chít ticked"), "Xong (1 ");
		assertThat(officer.awaitText("Viết thông báo bằng Tiếng Việt").text()).contains("tin nhắn thoại");
		String viVoice = voiceOf(officer.sendVoice(12));
		BotMessage versions = officer.awaitText("Tiếng Việt: 🎙 giọng nói");
		assertThat(versions.text()).contains("Tiếng Việt: 🎙 giọng nói · 1 người",
				Languages.ownName("km") + ": 1 người · nếu không có bản riêng, họ nhận bản Tiếng Việt");
		officer.press(versions, Languages.ownName("km"));
		officer.awaitText("Viết thông báo bằng " + Languages.ownName("km"));
		officer.send(KHMER_TEXT);
		officer.awaitText(Languages.ownName("km") + ": đã viết · 1 người");
		String kmVoice = voiceOf(officer.sendVoice(9));
		versions = officer.awaitText(Languages.ownName("km") + ": đã viết · 🎙 giọng nói · 1 người");
		officer.press(versions, "Tiếp");
		officer.press(officer.awaitText("Có khẩn không?"), "Bình thường");
		officer.press(officer.awaitText("Khi nào gửi?"), "Ngay bây giờ");
		officer.press(officer.awaitText("sự kiện"), "Không có sự kiện");
		BotMessage preview = officer.awaitText("Sẵn sàng gửi");
		assertThat(preview.text()).contains("3 người");
		BotMessage viPreview = officer.awaitText("👁 Tiếng Việt · 2 người nhận bản này");
		assertThat(viPreview.html()).contains("📢 <b>Tân Khánh Hòa</b>", "🎙 tin nhắn thoại");
		BotMessage kmPreview = officer.awaitText("👁 " + Languages.ownName("km") + " · 1 người nhận bản này");
		assertThat(kmPreview.text()).contains(KHMER_TEXT);
		assertVoiceThen(officer, kmVoice, kmPreview);
		assertVoiceThen(officer, viVoice, viPreview);

		officer.press(preview, "Xác nhận");
		String code = officer.awaitText("đã được lên lịch").text().split("Thông báo ")[1].split(" ")[0];
		assertVoiceThen(khmer, kmVoice, khmer.awaitText(KHMER_TEXT));
		BotMessage heading = vietnamese.awaitText("🎙 tin nhắn thoại");
		assertThat(heading.html()).startsWith("📢 <b>Tân Khánh Hòa</b>");
		assertVoiceThen(vietnamese, viVoice, heading);
		assertVoiceThen(french, viVoice, french.awaitText("🎙 tin nhắn thoại"));
		assertThat(khmer.messages()).noneMatch((m) -> ("voice:" + viVoice).equals(m.media()));
		assertThat(vietnamese.messages()).noneMatch((m) -> ("voice:" + kmVoice).equals(m.media()));

		BotApiStandIn.await(() -> this.announcements.find(code)
			.flatMap(this.announcements::progress)
			.filter((progress) -> progress.done())
			.isPresent(), Duration.ofSeconds(15), "the deliveries");
		officer.send("/announcements");
		BotMessage list = officer.awaitText("Đã đến");
		assertThat(list.text()).contains(code, "Đã đến 3 · đang chờ 0 · lỗi 0 · bị chặn 0");
		officer.press(list, code);
		officer.await((m) -> m.text().contains(code) && m.text().contains("🎙 tin nhắn thoại"),
				"the card showing the Vietnamese version is a voice");
	}

	/**
	 * Given a Vietnamese voice-only announcement of a meeting a little over a minute away
	 * in Pò Nhùng, whose commune has a Vietnamese channel, then the channel gets the
	 * voice with the heading, and a villager who asks to be reminded hears the voice
	 * again with the reminder.
	 */
	@Test
	void theChannelAndTheReminderCarryTheVoice() {
		StandInUser villager = villager("Dũng", "vi", "ls-cla-po-nhung");
		StandInUser officer = officer("Officer", "ls-cla");
		String voice = voiceOf(officer.sendVoice(5));
		this.announcements.create(officer.id(),
				new Audience(AudienceKind.VILLAGES, "ls-cla", List.of("ls-cla-po-nhung")), false, Map.of("vi", ""),
				Map.of("vi", voice), null, null, Timing.now(VIETNAM), Instant.now().plusSeconds(68), 0);
		BotMessage received = villager.awaitText("🎙 tin nhắn thoại");
		assertVoiceThen(villager, voice, received);
		BotApiStandIn.await(
				() -> telegram.messages(CHANNEL).stream().anyMatch((m) -> ("voice:" + voice).equals(m.media())),
				Duration.ofSeconds(10), "the voice in Cao Lau's Vietnamese channel");
		villager.press(received, "Nhắc tôi");
		BotMessage reminder = villager.await((m) -> m.text().startsWith("⏰ Nhắc việc"), "the reminder");
		assertThat(reminder.text()).contains("🎙 tin nhắn thoại");
		assertVoiceThen(villager, voice, reminder);
		assertThat(villager.messages().stream().filter((m) -> ("voice:" + voice).equals(m.media()))).hasSize(2);
	}

	/** The voice came to this chat just before the message. */
	private static void assertVoiceThen(StandInUser user, String voice, BotMessage message) {
		List<BotMessage> messages = user.messages();
		int at = messages.indexOf(message);
		assertThat(at).as("the message in chat " + user.id()).isPositive();
		assertThat(messages.get(at - 1).media()).as("just before " + message.text()).isEqualTo("voice:" + voice);
	}

	private static String voiceOf(com.fasterxml.jackson.databind.node.ObjectNode update) {
		return update.get("message").get("voice").get("file_id").asText();
	}

	private StandInUser villager(String name, String language, String villageId) {
		StandInUser villager = newUser(name, language);
		villager.send("/help");
		villager.await((m) -> m.text().contains("/help") || m.text().contains("/report"), "the help");
		this.members.chooseVillage(villager.id(), villageId);
		return villager;
	}

	private StandInUser officer(String name, String areaId) {
		StandInUser officer = newUser(name, "vi");
		officer.send("/help");
		officer.awaitText("Những việc bạn có thể làm");
		this.members.grant(0, officer.id(), new Grant(Role.OFFICER, areaId));
		return officer;
	}

}
