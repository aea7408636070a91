package org.danvan.announcement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Urgent announcements sent as Telegram's paid broadcast: up to 1,000 messages a second
 * instead of 30, each paid in Stars from the bot's balance. Off unless the bot's owner
 * turns it on and sets a budget.
 *
 * @param enabled whether urgent announcements go as paid broadcast
 * @param starsPerMessage what Telegram charges for one message (0.1 Stars)
 * @param monthlyBudget the most Stars paid broadcasts may cost in a calendar month (UTC);
 * an announcement that would pass it goes at the free rate
 */
@ConfigurationProperties("danvan.announcements.paid-broadcast")
public record PaidBroadcastSettings(@DefaultValue("false") boolean enabled, @DefaultValue("0.1") double starsPerMessage,
		@DefaultValue("0") long monthlyBudget) {

	public PaidBroadcastSettings {
		if (starsPerMessage <= 0) {
			throw new IllegalArgumentException(
					"danvan.announcements.paid-broadcast.stars-per-message must be above 0, not " + starsPerMessage);
		}
		if (enabled && monthlyBudget <= 0) {
			throw new IllegalArgumentException(
					"Paid broadcast is on: set danvan.announcements.paid-broadcast.monthly-budget (DANVAN_PAID_BROADCAST_BUDGET), in Stars");
		}
	}

	/** The Stars that many messages cost, rounded up to whole Stars. */
	public long stars(long messages) {
		return (long) Math.ceil(messages * this.starsPerMessage - 1e-9);
	}

	/** How many messages that many Stars pay for. */
	public long messages(long stars) {
		return (long) Math.floor(stars / this.starsPerMessage + 1e-9);
	}

}
