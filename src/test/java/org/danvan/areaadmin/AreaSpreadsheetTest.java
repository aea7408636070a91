package org.danvan.areaadmin;

import java.nio.charset.StandardCharsets;

import org.danvan.access.AuditEntry;
import org.danvan.access.AuditLog;
import org.danvan.access.MemberManagement;
import org.danvan.area.AreaEdits;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.GeoPoint;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a commune of the test's own, when an admin exports it as a spreadsheet, edits it
 * and sends it back, then they see a preview with a line per refused row, nothing changes
 * until they apply, and applying makes the accepted rows real and audited.
 */
class AreaSpreadsheetTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	AreaManagement areas;

	@Autowired
	AreaEdits edits;

	@Autowired
	AuditLog audit;

	@Test
	void theSpreadsheetRoundTripShowsAPreviewAndAppliesTheAcceptedRows() {
		assertThat(this.edits.addArea("kg", "tc-d", "Huyện Bảng", null).isDone()).isTrue();
		assertThat(this.edits.addArea("tc-d", "tc-c", "Xã Bảng", null).isDone()).isTrue();
		assertThat(this.edits.addArea("tc-c", "tc-v", "Ấp Bảng", new GeoPoint(10.63, 104.83)).isDone()).isTrue();
		assertThat(this.edits.addMarker("tc-c", "9201", new GeoPoint(10.63, 104.83)).isDone()).isTrue();
		assertThat(this.edits.addRoad("tc-c", "tc-c-r1", "Đường bảng", 2.0).isDone()).isTrue();
		StandInUser admin = admin();

		admin.send("/areas");
		admin.pressData(admin.awaitText("Choose an area:"), "ar:open:tc-c");
		BotMessage card = admin.await((m) -> m.text().startsWith("Xã Bảng · commune"), "the commune card");
		admin.press(card, "Spreadsheet");
		BotMessage document = admin.await((m) -> "document:areas-tc-c.csv".equals(m.media()), "the spreadsheet");
		String text = new String(telegram.file(document).bytes(), StandardCharsets.UTF_8);

		assertThat(text).startsWith("\uFEFFkind,id,parent,level,number,name_vi,name_en,lat,lon,km,retired\r\n")
			.contains("area,tc-v,tc-c,village,,Ấp Bảng,,10.63,104.83,,no\r\n")
			.contains("marker,kg-m9201,tc-c,,9201,,,10.63,104.83,,no\r\n")
			.contains("road,tc-c-r1,tc-c,,,Đường bảng,,,,2.0,no\r\n");
		admin.awaitText("The areas of Xã Bảng as a spreadsheet");

		String edited = text.replace(",Ấp Bảng,", ",Ấp Bảng Mới,")
				+ "area,tc-v2,tc-c,village,,Ấp Bảng Hai,,10.64,104.84,,no\r\n" + "marker,,tc-c,,9202,,,,,,no\r\n"
				+ "road,tc-c-r2,tc-c,,,Đường hai,,,,0,no\r\n" + "area,tc-v3,tc-c,commune,,Sai Cấp,,,,,no\r\n"
				+ "marker,,tc-c,,289,,,,,,no\r\n";
		admin.press(card, "Import");
		admin.awaitText("Send me the spreadsheet (CSV) of Xã Bảng as a file.");
		admin.sendDocument("areas-tc-c.csv", edited.getBytes(StandardCharsets.UTF_8));

		BotMessage preview = admin.awaitText("Preview: 3 changes, 3 rows refused, 3 rows unchanged.");
		assertThat(preview.text()).contains("Line 3: tc-v vi: Ấp Bảng → Ấp Bảng Mới")
			.contains("Line 6: tc-v2 (village in tc-c)")
			.contains("Line 8: Not changed: a road needs a length over 0 and at most 500 km, not 0.0.")
			.contains("Line 9: Not changed: the level «commune» cannot sit there")
			.contains("Line 10: Not changed: marker 289 · ");
		assertThat(this.areas.area("tc-v2")).isEmpty();
		assertThat(this.areas.area("tc-v").orElseThrow().name("vi")).isEqualTo("Ấp Bảng");

		admin.press(preview, "Apply");
		admin.awaitText("Applied: 3 changes, 3 refused, 3 unchanged.");

		assertThat(this.areas.area("tc-v2")).isPresent();
		assertThat(this.areas.area("tc-v").orElseThrow().name("vi")).isEqualTo("Ấp Bảng Mới");
		assertThat(this.areas.markers("tc-c")).extracting(BorderMarker::number).containsExactly("9201", "9202");
		assertThat(this.areas.area("tc-c").orElseThrow().markerCount()).isEqualTo(2);
		assertThat(this.audit.latest(20)).filteredOn((entry) -> entry.actorId() == admin.id())
			.extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("area.renamed", "area.added", "marker.added");
	}

	@Test
	void aFileThatIsNotAnAreaSpreadsheetChangesNothing() {
		StandInUser admin = admin();
		admin.send("/areas");
		admin.pressData(admin.awaitText("Choose an area:"), "ar:imp:kg-vd");
		admin.awaitText("Send me the spreadsheet (CSV)");

		admin.sendDocument("notes.csv", "just,some\ncells,here\n".getBytes(StandardCharsets.UTF_8));

		admin.awaitText("I could not read that file as an area spreadsheet");
	}

	private StandInUser admin() {
		StandInUser admin = newUser("Admin", "en");
		admin.send("/help");
		admin.awaitText("What you can do:");
		this.members.grant(0, admin.id(), new Grant(Role.ADMIN, null));
		return admin;
	}

}
