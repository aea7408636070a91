package org.danvan.area;

/**
 * What a change to the tree came to: done, with what to write in the audit log, or
 * refused, with why.
 *
 * @param refusal why it was refused (e.g. {@code id-taken}), or {@code null} when done
 * @param detail the value at fault, or what was changed
 * @param action the audit action, e.g. {@code area.added}, when done
 */
public record AreaChange(String refusal, String detail, String action) {

	static AreaChange done(String action, String target) {
		return new AreaChange(null, target, action);
	}

	static AreaChange refused(String refusal, String detail) {
		return new AreaChange(refusal, (detail != null) ? detail : "", null);
	}

	public boolean isDone() {
		return this.refusal == null;
	}

}
