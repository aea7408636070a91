package org.danvan.sandbox.botapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.danvan.sandbox.botapi.Faults.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The stand-in's outage mix: seeded, so a storm is the same storm every run, and counted.
 */
class FaultsTest {

	static final Faults.Mix MIX = new Faults.Mix(0.2, 0.1, 0.05, 0.05, 0.1, Duration.ofSeconds(3));

	@Test
	void eachFaultComesAboutAsOftenAsItsChanceAndIsCounted() {
		Faults faults = new Faults(7).on("sendMessage", MIX);

		for (int i = 0; i < 10_000; i++) {
			faults.draw("sendmessage");
		}

		assertThat(faults.injected("sendMessage", Fault.JSON_500)).isBetween(1_850L, 2_150L);
		assertThat(faults.injected("sendMessage", Fault.HTML_502)).isBetween(900L, 1_100L);
		assertThat(faults.injected("sendMessage", Fault.DROP_BEFORE)).isBetween(420L, 580L);
		assertThat(faults.injected("sendMessage", Fault.DROP_AFTER)).isBetween(420L, 580L);
		assertThat(faults.injected("sendMessage", Fault.SLOW)).isBetween(900L, 1_100L);
	}

	@Test
	void theSameSeedGivesTheSameStormAndOtherMethodsAreLeftAlone() {
		assertThat(draws(new Faults(42).on("sendMessage", MIX))).isEqualTo(draws(new Faults(42).on("sendMessage", MIX)))
			.isNotEqualTo(draws(new Faults(43).on("sendMessage", MIX)));
		Faults faults = new Faults(42).on("sendMessage", MIX);
		for (int i = 0; i < 100; i++) {
			assertThat(faults.draw("getupdates")).isNull();
		}
	}

	@Test
	void chancesAboveOneAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Faults.Mix(0.5, 0.5, 0.1, 0, 0, Duration.ZERO));
	}

	private static List<Fault> draws(Faults faults) {
		List<Fault> drawn = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			drawn.add(faults.draw("sendmessage"));
		}
		return drawn;
	}

}
