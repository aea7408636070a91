package org.danvan.shared;

import java.security.SecureRandom;

/**
 * Short random codes people read aloud or type (reference codes, invite codes): drawn
 * from an alphabet without look-alike characters.
 */
public final class RandomCodes {

	/** Upper case letters and digits without I, L, O, 0 and 1. */
	public static final String UPPER = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	/** Lower case letters and digits without i, l, o, 0 and 1. */
	public static final String LOWER = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private RandomCodes() {
	}

	public static String of(String alphabet, int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return code.toString();
	}

}
