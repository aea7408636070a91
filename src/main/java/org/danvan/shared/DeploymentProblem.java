package org.danvan.shared;

/**
 * A start-up failure that whoever deploys the bot caused and can fix: what is wrong, and
 * what to set. It stops the start with these two lines and no stack trace.
 */
public class DeploymentProblem extends RuntimeException {

	private final String fix;

	public DeploymentProblem(String problem, String fix) {
		this(problem, fix, null);
	}

	public DeploymentProblem(String problem, String fix, Throwable cause) {
		super(problem, cause);
		this.fix = fix;
	}

	/** What is wrong, in one line. */
	public String problem() {
		return getMessage();
	}

	/** What to set or do about it, in one line. */
	public String fix() {
		return this.fix;
	}

}
