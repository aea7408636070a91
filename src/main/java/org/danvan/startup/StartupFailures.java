package org.danvan.startup;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.danvan.shared.DeploymentProblem;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.NestedExceptionUtils;

/**
 * Turns whatever stopped a start into what its deployer needs to read: the problems a
 * deployment can cause by name, anything else by its innermost cause.
 */
public final class StartupFailures {

	private static final Pattern SECRET = Pattern.compile("token|secret|key|password|uri|credential");

	private static final Pattern MONGO_ADDRESS = Pattern.compile("address=([^,}\\s]+)");

	private StartupFailures() {
	}

	public static Explanation explain(Throwable failure) {
		return find(failure, DeploymentProblem.class).map((p) -> new Explanation(p.problem(), p.fix()))
			.or(() -> find(failure, PortInUseException.class).map(StartupFailures::portInUse))
			.or(() -> find(failure, MongoSecurityException.class).map((ex) -> mongoRefused()))
			.or(() -> find(failure, MongoTimeoutException.class).map(StartupFailures::mongoUnreachable))
			.or(() -> find(failure, MongoSocketException.class).map(StartupFailures::mongoUnreachable))
			.or(() -> find(failure, BindException.class).map(StartupFailures::badSetting))
			.orElseGet(() -> unexpected(failure));
	}

	private static Explanation portInUse(PortInUseException ex) {
		return new Explanation("Port " + ex.getPort() + " is already in use by another program.",
				"Stop that program, or set PORT to a free port.");
	}

	private static Explanation mongoRefused() {
		return new Explanation("MongoDB refused the user name or password given in MONGODB_URI.",
				"Correct the credentials in MONGODB_URI (mongodb://user:password@host/danvan).");
	}

	private static Explanation mongoUnreachable(RuntimeException ex) {
		Matcher address = MONGO_ADDRESS.matcher(String.valueOf(ex.getMessage()));
		String where = address.find() ? " at " + address.group(1) : "";
		return new Explanation("Cannot reach the MongoDB" + where + " given in MONGODB_URI.",
				"Check MONGODB_URI and that MongoDB runs and accepts connections from this machine, "
						+ "or leave MONGODB_URI empty to use the embedded database.");
	}

	private static Explanation badSetting(BindException ex) {
		ConfigurationProperty property = ex.getProperty();
		String reason = NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
		if (property == null) {
			return new Explanation("The settings under " + ex.getName() + " are not valid: " + reason,
					"Correct them in the environment or in config/application.yml.");
		}
		String name = property.getName().toString();
		String value = "\"" + property.getValue() + "\"";
		if (SECRET.matcher(name.toLowerCase(Locale.ROOT)).find()) {
			value = "(hidden)";
			reason = String.valueOf(reason).replace(String.valueOf(property.getValue()), "(hidden)");
		}
		String fix = (property.getOrigin() != null)
				? "Correct or remove it where it is set: " + property.getOrigin() + "."
				: "Correct or remove it in the environment or in config/application.yml.";
		return new Explanation("The setting " + name + " has the value " + value + ", which is not valid: " + reason,
				fix);
	}

	private static Explanation unexpected(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		String message = (cause.getMessage() != null) ? cause.getMessage().lines().findFirst().orElse("") : "";
		return new Explanation(cause.getClass().getSimpleName() + ": " + message,
				"The full trace is logged at DEBUG: start again with LOGGING_LEVEL_ORG_DANVAN=DEBUG to see it.");
	}

	private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}
