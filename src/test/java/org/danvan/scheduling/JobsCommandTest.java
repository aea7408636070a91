package org.danvan.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a one-off and a daily job, when an admin asks {@code /jobs}, then both are listed
 * with their rule and next firing in Vietnam's time; anyone else is refused.
 */
class JobsCommandTest extends EndToEndTest {

	@Autowired
	Schedules schedules;

	@Test
	void anAdminSeesTheScheduledJobsAndNobodyElseDoes() {
		this.schedules.once("jobs-test-once", Instant.parse("2099-01-02T01:00:00Z"), "incident.photos",
				Map.of("code", "NONE", "attempt", "1"));
		this.schedules.recurring("jobs-test-daily", "0 30 6 * * ?", ZoneId.of("Asia/Ho_Chi_Minh"), "incident.photos",
				Map.of("code", "NONE", "attempt", "1"), Misfire.SKIP);
		try {
			StandInUser admin = telegram.user(1, "Admin", "en");
			admin.send("/jobs");
			BotMessage jobs = admin.awaitText("scheduled jobs (times in Vietnam)");
			assertThat(jobs.text()).contains("jobs-test-once · once\nnext 2099-01-02 08:00 · last – · –",
					"jobs-test-daily · 0 30 6 * * ? Asia/Ho_Chi_Minh\nnext ");
			assertThat(jobs.text()).containsPattern("jobs-test-daily[^\\n]*\\nnext \\d{4}-\\d{2}-\\d{2} 06:30");

			StandInUser villager = newUser("Curious", "en");
			villager.send("/jobs");
			BotMessage refused = villager.await((m) -> !m.text().isBlank(), "an answer");
			assertThat(refused.text()).doesNotContain("jobs-test");
		}
		finally {
			this.schedules.cancel("jobs-test-once");
			this.schedules.stopRecurring("jobs-test-daily");
		}
	}

}
