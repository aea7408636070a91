package org.danvan.announcement;

import java.util.List;
import java.util.Map;

/**
 * Who an announcement reaches and in which version.
 *
 * @param recipients each person and the version they get
 * @param byLanguage how many people read each language
 * @param byVersion how many people get each version
 * @param fallbacks how many get a version other than their own language
 * @param muted how many are left out because they muted normal announcements
 */
public record Reach(List<Recipient> recipients, Map<String, Integer> byLanguage, Map<String, Integer> byVersion,
		int fallbacks, int muted) {

	public int total() {
		return this.recipients.size();
	}

	/**
	 * A person an announcement reaches.
	 *
	 * @param memberId their id, also their chat
	 * @param language the language they read
	 * @param version the version they get, or {@code null} when there is none yet
	 */
	public record Recipient(long memberId, String language, String version) {

	}

}
