package org.danvan.announcement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What paid broadcast costs, and the settings it refuses to start with. */
class PaidBroadcastSettingsTest {

	final PaidBroadcastSettings settings = new PaidBroadcastSettings(true, 0.1, 5000);

	@Test
	void starsAreRoundedUpAndMessagesDown() {
		assertThat(this.settings.stars(10_000)).isEqualTo(1000);
		assertThat(this.settings.stars(61)).isEqualTo(7);
		assertThat(this.settings.stars(60)).isEqualTo(6);
		assertThat(this.settings.messages(6)).isEqualTo(60);
		assertThat(this.settings.messages(0)).isZero();
	}

	@Test
	void onWithoutABudgetIsRefusedWithTheSettingToSet() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PaidBroadcastSettings(true, 0.1, 0))
			.withMessageContaining("DANVAN_PAID_BROADCAST_BUDGET");
		assertThat(new PaidBroadcastSettings(false, 0.1, 0).enabled()).isFalse();
	}

	@Test
	void aPriceOfNothingIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PaidBroadcastSettings(true, 0, 100));
	}

}
