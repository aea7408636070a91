package org.danvan.enrollment.bot;

/**
 * Phone numbers as Telegram shares them ({@code 84912345678} or {@code +84912345678}),
 * written one way so that the same number is found again.
 */
final class Phones {

	private Phones() {
	}

	/** {@code +} and the digits, or {@code null} if it is not a phone number. */
	static String normalize(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[\\s().\\-]", "");
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		return digits.matches("[0-9]{6,15}") ? "+" + digits : null;
	}

}
