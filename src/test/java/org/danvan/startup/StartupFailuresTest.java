package org.danvan.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import org.danvan.shared.DeploymentProblem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given what stopped a start, deep in the exceptions Spring wraps it in, then the
 * deployer reads one line of what is wrong and one of what to do, and never a secret's
 * value.
 */
class StartupFailuresTest {

	@Test
	void aDeploymentProblemIsToldInItsOwnWordsWhereverItIsWrapped() {
		Throwable failure = new BeanCreationException("areaManagement",
				new DeploymentProblem("The area file x.yml does not exist.", "Set DANVAN_AREAS_FILE."));

		Explanation explanation = StartupFailures.explain(failure);

		assertThat(explanation.text()).isEqualTo("DanVan cannot start: The area file x.yml does not exist."
				+ System.lineSeparator() + "Set DANVAN_AREAS_FILE.");
	}

	@Test
	void aBadSettingNamesTheSettingItsValueAndWhereItWasSet() {
		BindException failure = bindFailure("danvan.telegram.workers", "many", Integer.class);

		Explanation explanation = StartupFailures.explain(new BeanCreationException("settings", failure));

		assertThat(explanation.problem())
			.isEqualTo("The setting danvan.telegram.workers has the value \"many\", which is not valid: "
					+ "For input string: \"many\"");
		assertThat(explanation.fix()).startsWith("Correct or remove it where it is set: ")
			.contains("DANVAN_TELEGRAM_WORKERS");
	}

	@Test
	void theValueOfASecretSettingIsNeverShown() {
		BindException failure = bindFailure("danvan.telegram.webhook-secret", "s3cret-value", Duration.class);

		assertThat(StartupFailures.explain(failure).text()).doesNotContain("s3cret-value").contains("(hidden)");
	}

	@Test
	void anythingElseIsToldByItsInnermostCauseOnOneLine() {
		Throwable failure = new IllegalStateException("outer",
				new UncheckedIOException(new IOException("disk full\n\tmore detail")));

		Explanation explanation = StartupFailures.explain(failure);

		assertThat(explanation.problem()).isEqualTo("IOException: disk full");
		assertThat(explanation.fix()).contains("LOGGING_LEVEL_ORG_DANVAN=DEBUG");
		assertThat(explanation.text().lines()).hasSize(2);
	}

	@Test
	void aLongMultiLineMessageBecomesOneBoundedLine() {
		Explanation explanation = new Explanation("a\n   b\tc " + "x".repeat(1000), "fix\nit");

		assertThat(explanation.problem()).startsWith("a b c x").hasSize(400).endsWith("…");
		assertThat(explanation.fix()).isEqualTo("fix it");
	}

	/**
	 * Binds {@code value} from the environment variable for {@code name}, as the bot
	 * would.
	 */
	private static BindException bindFailure(String name, String value, Class<?> type) {
		String variable = name.replace('.', '_').replace('-', '_').toUpperCase();
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, value));
		try {
			new Binder(ConfigurationPropertySources.from(environment)).bind(name, type);
		}
		catch (BindException ex) {
			return ex;
		}
		throw new AssertionError(value + " bound to " + type);
	}

}
