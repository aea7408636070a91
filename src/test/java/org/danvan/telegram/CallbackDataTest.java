package org.danvan.telegram;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CallbackDataTest {

	@Test
	void encodesPrefixActionAndArgument() {
		assertThat(CallbackData.of("lang", "set", "vi").encode()).isEqualTo("lang:set:vi");
		assertThat(CallbackData.of("inc", "page", 3).encode()).isEqualTo("inc:page:3");
	}

	@Test
	void leavesAnEmptyArgumentOut() {
		assertThat(CallbackData.of("lang", "show").encode()).isEqualTo("lang:show");
		assertThat(new CallbackData("lang", "show", null).encode()).isEqualTo("lang:show");
	}

	@Test
	void parsesWhatItEncodes() {
		CallbackData data = CallbackData.of("inc.officer", "assign-to_me", "6650f1c2e4b0a1b2c3d4e5f6");

		assertThat(CallbackData.parse(data.encode())).isEqualTo(data);
	}

	@Test
	void parsesDataWithoutAnArgument() {
		assertThat(CallbackData.parse("lang:show")).isEqualTo(new CallbackData("lang", "show", ""));
	}

	@Test
	void keepsColonsInTheArgumentBecauseOnlyTheFirstTwoSeparate() {
		CallbackData data = CallbackData.parse("area:pick:vn:ha-giang:12");

		assertThat(data).isEqualTo(new CallbackData("area", "pick", "vn:ha-giang:12"));
		assertThat(data.encode()).isEqualTo("area:pick:vn:ha-giang:12");
	}

	@Test
	void acceptsExactly64Bytes() {
		String arg = "x".repeat(CallbackData.MAX_BYTES - "p:a:".length());

		CallbackData data = CallbackData.of("p", "a", arg);

		assertThat(data.encode()).hasSize(64);
		assertThat(CallbackData.parse(data.encode())).isEqualTo(data);
	}

	@Test
	void refusesToBuildMoreThan64Bytes() {
		String arg = "x".repeat(CallbackData.MAX_BYTES - "p:a:".length() + 1);

		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.of("p", "a", arg));
		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.of("p".repeat(32), "a".repeat(32)));
	}

	@Test
	void refusesToParseMoreThan64Bytes() {
		String data = "p:a:" + "x".repeat(61);
		assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSize(65);

		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.parse(data));
	}

	@ParameterizedTest
	@ValueSource(strings = { "läng", "a:b", "", "with space", "abcdefghijklmnopqrstuvwxyz0123456" })
	void refusesABadPrefix(String prefix) {
		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.of(prefix, "set", "vi"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sét", "a:b", "", "with space", "abcdefghijklmnopqrstuvwxyz0123456" })
	void refusesABadAction(String action) {
		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.of("lang", action, "vi"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tiếng", "with space", "tab\t", "new\nline" })
	void refusesAnArgumentThatIsNotPrintableAscii(String arg) {
		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.of("lang", "set", arg));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "x", "lang", ":", "lang:", ":set", "::", "lång:set", "lang:sét:vi", "lang:set:tiếng",
			"lang:set:a b" })
	void refusesToParseGarbage(String data) {
		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.parse(data));
	}

	@Test
	void refusesToParseMultiByteDataOver64BytesEvenWhenUnder64Characters() {
		String data = "p:a:" + "é".repeat(40);

		assertThatIllegalArgumentException().isThrownBy(() -> CallbackData.parse(data));
	}

}
