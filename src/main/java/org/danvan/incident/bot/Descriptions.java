package org.danvan.incident.bot;

/**
 * What counts as a description: control characters are dropped, and it must hold at least
 * two letters or digits in any script (a message of only emoji says nothing an officer
 * can act on).
 */
final class Descriptions {

	private Descriptions() {
	}

	static String clean(String text) {
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c == '\n' || !Character.isISOControl(c))
			.filter((c) -> Character.getType(c) != Character.FORMAT || c == 0x200D)
			.forEach(cleaned::appendCodePoint);
		return cleaned.toString().strip();
	}

	static boolean saysSomething(String text) {
		return text.codePoints().filter(Character::isLetterOrDigit).limit(2).count() >= 2;
	}

}
