package org.danvan.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a failed start in two lines on the console, before Spring Boot's own reporters
 * print their page and stack trace; the trace goes to the log at DEBUG.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupFailureReporter implements SpringBootExceptionReporter {

	private static final Logger log = LoggerFactory.getLogger(StartupFailureReporter.class);

	@Override
	public boolean reportException(Throwable failure) {
		System.err.println(StartupFailures.explain(failure).text());
		log.debug("The start failed", failure);
		return true;
	}

}
