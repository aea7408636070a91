package org.danvan.announcement;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.danvan.i18n.Text;
import org.danvan.telegram.SendLimits;

import org.springframework.stereotype.Component;

/**
 * Whether an urgent announcement goes as Telegram's paid broadcast, and what it may cost:
 * the preview quotes its Stars, the confirmed announcement keeps that quote as its
 * ceiling, and each run reserves what it needs, up to the ceiling, from the month's
 * budget. Runs the budget does not cover go at the free rate.
 */
@Component
public class PaidBroadcast {

	private static final Logger log = LoggerFactory.getLogger(PaidBroadcast.class);

	private final PaidBroadcastSettings settings;

	private final StarsBudget budget;

	private final SendLimits limits;

	PaidBroadcast(PaidBroadcastSettings settings, StarsBudget budget, SendLimits limits) {
		this.settings = settings;
		this.budget = budget;
		this.limits = limits;
	}

	/**
	 * What sending this many messages as paid broadcast costs now; empty for a normal
	 * announcement or when paid broadcast is off.
	 */
	public Optional<Quote> quote(boolean urgent, long messages) {
		if (!urgent || !this.settings.enabled() || messages <= 0) {
			return Optional.empty();
		}
		return Optional
			.of(new Quote(messages, this.settings.stars(messages), this.budget.left(), this.settings.monthlyBudget()));
	}

	/** What that many paid broadcast messages cost, in whole Stars. */
	public long stars(long messages) {
		return this.settings.stars(messages);
	}

	/**
	 * The preview's line on paid broadcast: its cost and time, or why it goes at the
	 * normal rate.
	 */
	public Text note(Optional<Quote> quote) {
		if (quote.isEmpty()) {
			return Text.literal("");
		}
		Quote q = quote.get();
		long slowMinutes = Math.max(1, (long) Math.ceil(q.messages() / this.limits.globalPerSecond() / 60));
		if (!q.fits()) {
			return Text.of("announce.preview.paid-over", "left", q.left(), "stars", q.stars(), "slow", slowMinutes);
		}
		long fastSeconds = Math.max(1, (long) Math.ceil(q.messages() / this.limits.paidPerSecond()));
		return Text.of("announce.preview.paid", "stars", q.stars(), "messages", q.messages(), "left", q.left(),
				"budget", q.budget(), "fast", fastSeconds, "slow", slowMinutes);
	}

	/**
	 * How many of a run's messages go as paid broadcast: as many as its ceiling pays for,
	 * once their Stars are reserved; 0 when they cannot be.
	 */
	long reserve(Announcement announcement, long messages) {
		if (!announcement.urgent() || announcement.paidStars() <= 0 || !this.settings.enabled()) {
			return 0;
		}
		long paid = Math.min(messages, this.settings.messages(announcement.paidStars()));
		long stars = this.settings.stars(paid);
		if (!this.budget.reserve(stars)) {
			log.warn("Announcement {} goes at the free rate: the month's paid broadcast budget has {} Stars left, "
					+ "it needs {}", announcement.id(), this.budget.left(), stars);
			return 0;
		}
		log.info("Announcement {}: {} messages as paid broadcast, {} Stars reserved", announcement.id(), paid, stars);
		return paid;
	}

	/**
	 * A quote.
	 *
	 * @param messages the messages it sends
	 * @param stars what they cost, rounded up
	 * @param left the Stars of this month's budget not yet reserved
	 * @param budget the monthly budget
	 */
	public record Quote(long messages, long stars, long left, long budget) {

		public boolean fits() {
			return this.stars <= this.left;
		}

		/** The ceiling a confirmed announcement keeps: its Stars if they fit, else 0. */
		public long ceiling() {
			return fits() ? this.stars : 0;
		}

	}

}
