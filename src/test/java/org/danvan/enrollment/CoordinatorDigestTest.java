package org.danvan.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.danvan.enrollment.bot.CoordinatorDigest;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a week with a household approved, one waiting and a patrol missed, when the
 * weekly digest runs, then the commune's coordinator gets the week's change per village,
 * the waiting requests, the group that missed, and the chart; once a week.
 */
class CoordinatorDigestTest extends EnrollmentEndToEndTest {

	@Autowired
	CoordinatorDigest digest;

	@Autowired
	Patrols patrols;

	@Test
	void theWeeklyDigestSumsUpTheWeek() throws InterruptedException {
		StandInUser coordinator = member(Role.COORDINATOR, "ls-tl");
		String code = createGroup(coordinator, "Ban Loa", "Bản Lòa tổ 1");
		StandInUser approved = villager("Páo", "ls-tl-ban-loa");
		enroll(approved, "Hoàng Văn Páo", 6, "Bản Lòa tổ 1", null);
		coordinator.press(coordinator.awaitText("Head of household: Hoàng Văn Páo"), "Approve");
		approved.awaitText("Good news");
		StandInUser waiting = villager("Mai", "ls-tl-ban-loa");
		enroll(waiting, "Nông Thị Mai", 4, "Bản Lòa tổ 1", null);
		coordinator.awaitText("Head of household: Nông Thị Mai");
		PatrolRota rota = this.patrols.setDays(this.enrollment.group(code).orElseThrow(),
				EnumSet.allOf(java.time.DayOfWeek.class));
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
		this.patrols.duty(rota, yesterday).orElseThrow();
		this.patrols.markMissed("ls", yesterday);

		this.digest.run(Map.of("area", "ls", "date", yesterday.plusDays(2).toString()));

		BotMessage digest = coordinator.awaitText("📋 Week to");
		assertThat(digest.text()).contains("Thanh Loa", "Households: 1 (+1 this week), people: 6 (+6)",
				"Waiting for approval: 1", "• Ban Loa: 1 household (+1)", "• Khon Khuyen: 0 households (+0)",
				"Groups that missed a patrol this week: Bản Lòa tổ 1");
		assertThat(coordinator.messages()).anyMatch((m) -> "photo:enrollment-ls-tl.png".equals(m.media()));
		BotMessage map = coordinator.await((m) -> "photo:coverage-ls-tl.png".equals(m.media()), "the coverage map");
		String caption = coordinator.awaitText("Who looks after the border of Thanh Loa").text();
		assertThat(PatrolTest.markerCounts(caption)).as("walked, covered, not covered: Thanh Loa's 7 markers")
			.hasSize(3)
			.satisfies((counts) -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7));
		org.danvan.support.GoldenImages.decode(telegram.file(map).bytes(), org.danvan.area.AreaMap.WIDTH);

		this.digest.run(Map.of("area", "ls", "date", yesterday.plusDays(2).toString()));
		Thread.sleep(1500);
		assertThat(coordinator.messages()).filteredOn((m) -> m.text().contains("📋 Week to")).hasSize(1);
		assertThat(coordinator.messages()).filteredOn((m) -> "photo:coverage-ls-tl.png".equals(m.media())).hasSize(1);
	}

}
