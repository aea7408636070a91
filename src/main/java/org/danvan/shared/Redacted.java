package org.danvan.shared;

/**
 * A failure as it may be logged: its type and stack trace, without its message, which may
 * quote what a person sent or whose chat it was (a parse error quotes its input, a
 * database error its key). The causes are redacted alike.
 */
public final class Redacted extends RuntimeException {

	private Redacted(Throwable original) {
		super(original.getClass().getName() + " (message withheld)",
				(original.getCause() != null && original.getCause() != original) ? of(original.getCause()) : null,
				false, true);
		setStackTrace(original.getStackTrace());
	}

	public static Redacted of(Throwable original) {
		return (original instanceof Redacted redacted) ? redacted : new Redacted(original);
	}

}
