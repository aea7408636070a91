package org.danvan.telegram.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long polling after failed polls: from half a second, doubling, never above five seconds
 * however long Telegram fails, and from the start again after a success.
 */
class PollingBackOffTest {

	@Test
	void waitsGrowToFiveSecondsAtMostAndStartOverAfterASuccess() {
		PollingBackOff backOff = new PollingBackOff();
		List<Long> waits = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			waits.add(backOff.nextBackOffMillis());
		}

		assertThat(waits.get(0)).isBetween(250L, 500L);
		assertThat(waits.get(1)).isBetween(500L, 1000L);
		assertThat(waits.subList(10, waits.size())).allSatisfy((wait) -> assertThat(wait).isBetween(2500L, 5000L));

		backOff.reset();
		assertThat(backOff.nextBackOffMillis()).isBetween(250L, 500L);
	}

}
