package org.danvan.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram's flood limits, which the bot keeps to by itself so that Telegram seldom has
 * to say 429.
 *
 * @param globalPerSecond messages a second over all chats (Telegram: about 30)
 * @param chatPerSecond messages a second to one private chat (Telegram: about 1)
 * @param chatBurst messages a private chat may get at once before the per-chat rate
 * applies
 * @param groupPerMinute messages a minute to one group (Telegram: 20)
 * @param senders HTTP calls in flight at once
 * @param sendTimeout how long one send may take before it counts as failed and is retried
 * @param maxRetryAfter the longest {@code retry_after} obeyed for one message before it
 * fails
 * @param interactiveDeadline a reply still failing after this long goes on being tried,
 * but at the bulk pace and without its inline buttons (they would be stale by then)
 * @param paidPerSecond messages a second over all chats sent as paid broadcast (Telegram:
 * up to 1,000)
 * @param retryFor how long a message failing for a reason worth retrying (a server error,
 * a front-end page, a broken connection) is tried before it counts as failed
 */
@ConfigurationProperties("danvan.telegram.limits")
public record SendLimits(@DefaultValue("30") double globalPerSecond, @DefaultValue("1") double chatPerSecond,
		@DefaultValue("3") int chatBurst, @DefaultValue("20") double groupPerMinute, @DefaultValue("16") int senders,
		@DefaultValue("15s") Duration sendTimeout, @DefaultValue("10m") Duration maxRetryAfter,
		@DefaultValue("30s") Duration interactiveDeadline, @DefaultValue("15m") Duration retryFor,
		@DefaultValue("1000") double paidPerSecond) {

}
