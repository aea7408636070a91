package org.danvan.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StartPayloadTest {

	@Test
	void parsesKindAndValue() {
		assertThat(StartPayload.parse("inv-AbC_12")).contains(new StartPayload("inv", "AbC_12"));
	}

	@Test
	void splitsAtTheFirstDash() {
		assertThat(StartPayload.parse("inv-a-b-c")).contains(new StartPayload("inv", "a-b-c"));
	}

	@Test
	void encodesWhatItParses() {
		assertThat(StartPayload.parse("inv-AbC_12")).map(StartPayload::encode).contains("inv-AbC_12");
	}

	@Test
	void acceptsSixtyFourCharacters() {
		String payload = "k".repeat(16) + "-" + "v".repeat(47);
		assertThat(payload).hasSize(64);

		assertThat(StartPayload.parse(payload)).contains(new StartPayload("k".repeat(16), "v".repeat(47)));
	}

	@Test
	void refusesMoreThanSixtyFourCharacters() {
		assertThat(StartPayload.parse("k".repeat(16) + "-" + "v".repeat(48))).isEmpty();
		assertThat(StartPayload.parse("k".repeat(17) + "-" + "v".repeat(47))).isEmpty();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "inv", "invAbC12", "-AbC12", "inv-", "inv-AbC 12", "inv-AbC.12", "inv-AbC=",
			"in v-AbC", "inv-mã", "inv:AbC" })
	void refusesAnythingElse(String payload) {
		assertThat(StartPayload.parse(payload)).isEmpty();
	}

}
