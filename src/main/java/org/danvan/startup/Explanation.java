package org.danvan.startup;

/**
 * Why the bot could not start, as its deployer reads it.
 *
 * @param problem what is wrong, one line
 * @param fix what to set or do, one line
 */
public record Explanation(String problem, String fix) {

	private static final int MAX_LINE = 400;

	public Explanation {
		problem = oneLine(problem);
		fix = oneLine(fix);
	}

	/** The two lines printed when the start fails. */
	public String text() {
		return "DanVan cannot start: " + this.problem + System.lineSeparator() + this.fix;
	}

	private static String oneLine(String text) {
		String line = (text != null) ? text.replaceAll("\\s+", " ").strip() : "";
		return (line.length() > MAX_LINE) ? line.substring(0, MAX_LINE - 1) + "…" : line;
	}

}
