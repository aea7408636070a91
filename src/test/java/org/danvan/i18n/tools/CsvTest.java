package org.danvan.i18n.tools;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvTest {

	@Test
	void quotesCommasQuotesAndLineBreaksAndReadsThemBack() {
		List<List<String>> rows = List.of(List.of("key", "text"), List.of("a.comma", "one, two"),
				List.of("a.quote", "say \"hi\""), List.of("a.newline", "line one\nline two"),
				List.of("a.crlf", "one\r\ntwo"), List.of("a.all", "\"a\", b\n\"\""), List.of("a.empty", ""),
				List.of("a.semicolon", "a; b"), List.of("a.khmer", "សួស្ដី {name}!"));

		String csv = Csv.write(rows);

		assertThat(csv).contains("\"one, two\"", "\"say \"\"hi\"\"\"", "\"line one\nline two\"");
		assertThat(Csv.read(csv)).isEqualTo(rows);
	}

	@Test
	void leavesPlainFieldsUnquoted() {
		assertThat(Csv.write(List.of(List.of("bot.error", "Sorry {name}")))).isEqualTo("bot.error,Sorry {name}\r\n");
	}

	@Test
	void toleratesAByteOrderMarkAndBareLineFeeds() {
		assertThat(Csv.read("\uFEFFkey,text\nk.one,x\n\nk.two,\"y\"\n")).containsExactly(List.of("key", "text"),
				List.of("k.one", "x"), List.of("k.two", "y"));
	}

	@Test
	void readsSemicolonsWhenTheHeaderHasNoComma() {
		assertThat(Csv.read("key;text\r\nk.one;\"a, b; c\"\r\n")).containsExactly(List.of("key", "text"),
				List.of("k.one", "a, b; c"));
	}

	@Test
	void keepsEmptyTrailingFields() {
		assertThat(Csv.read("a,b,\r\n")).containsExactly(List.of("a", "b", ""));
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() {
		assertThatIllegalArgumentException().isThrownBy(() -> Csv.read("key,text\nk.one,\"open\n"))
			.withMessageContaining("line 2");
	}

}
