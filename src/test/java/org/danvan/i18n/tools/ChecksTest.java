package org.danvan.i18n.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksTest {

	private static final String ENGLISH = "Hello <b>{name}</b>, {count, plural, one {# report} other {# reports}}.";

	@Test
	void acceptsATranslationWithTheSameArguments() {
		assertThat(Checks
			.problems("Bonjour <b>{name}</b>, {count, plural, one {# signalement} other {# signalements}}.", ENGLISH))
			.isEmpty();
		assertThat(Checks.problems("{name}，您好！<i>{count}</i> 份报告。", ENGLISH)).isEmpty();
	}

	@Test
	void acceptsASingleApostrophe() {
		assertThat(Checks.problems("L'incident de {name} : {count} fois.", ENGLISH)).isEmpty();
	}

	@Test
	void namesMissingAndUnknownArguments() {
		assertThat(Checks.problems("Bonjour {nom}, {count} signalements.", ENGLISH))
			.containsExactly("missing {name}, unknown {nom}");
	}

	@Test
	void explainsAnApostropheThatHidesAnArgument() {
		assertThat(Checks.problems("Rapport d'{name} : {count}", ENGLISH)).singleElement()
			.asString()
			.startsWith("missing ")
			.contains("{name}", "apostrophe");
	}

	@Test
	void refusesWhatIcuCannotParse() {
		assertThat(Checks.problems("Bonjour {name, {count}", ENGLISH)).singleElement()
			.asString()
			.startsWith("not a valid ICU message");
		assertThat(Checks.problems("{name} {count, plural, one {# x}}", ENGLISH)).singleElement()
			.asString()
			.startsWith("not a valid ICU message");
	}

	@Test
	void keepsTheCasesOfASelect() {
		String english = "{role, select, officer {officer} admin {admin} other {{role}}}";

		assertThat(Checks.problems("{role, select, officer {agent} admin {administrateur} other {{role}}}", english))
			.isEmpty();
		assertThat(Checks.problems("{role, select, agent {agent} admin {administrateur} other {{role}}}", english))
			.containsExactly("the cases of a select must stay in English as they are: role: admin, role: officer, "
					+ "role: other");
	}

	@Test
	void findsTheCasesOfNestedSelects() {
		assertThat(Checks.selectCases("{n, plural, one {{g, select, f {elle} other {il}}} other {{n} x}}"))
			.containsExactly("g: f", "g: other");
	}

	@Test
	void refusesUnbalancedOrUnknownTags() {
		assertThat(Checks.htmlProblem("<b>open")).isEqualTo("<b> is never closed");
		assertThat(Checks.htmlProblem("<b><i>x</b></i>")).isEqualTo("</b> closes <i>");
		assertThat(Checks.htmlProblem("x</i>")).isEqualTo("</i> closes nothing");
		assertThat(Checks.htmlProblem("<div>x</div>")).startsWith("tag <div> is not allowed");
		assertThat(Checks.htmlProblem("a < b")).startsWith("a bare <");
		assertThat(Checks.htmlProblem("<b>a</b> &amp; <code>b</code>")).isNull();
	}

	@Test
	void listsArgumentNamesInOrder() {
		assertThat(Checks.argumentNames(ENGLISH)).containsExactly("name", "count");
		assertThat(Checks.braces(Checks.argumentNames(ENGLISH))).isEqualTo("{name} {count}");
	}

}
