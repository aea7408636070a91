package org.danvan.telegram;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk sends that survive crashes: a job is written down first, one delivery per
 * recipient, then sent on the bulk lane by whichever instances are running, each delivery
 * once.
 */
public interface Broadcasts {

	/**
	 * Starts a bulk send. Starting a job id again adds only the recipients it did not
	 * have, so a caller that crashed while starting can simply start again.
	 * @param jobId the job's id, chosen by the caller (e.g. an announcement run)
	 * @param versions what to send, by version key; each version is rendered in the
	 * language its key names
	 * @param recipients who gets which version
	 */
	default void start(String jobId, Map<String, Reply> versions, List<Recipient> recipients) {
		start(jobId, versions, recipients, Lane.BULK);
	}

	/**
	 * Starts a send written down like a bulk send but sent on the given lane: alerts and
	 * notices a person is waiting for go on the interactive lane and still survive a
	 * crash.
	 */
	void start(String jobId, Map<String, Reply> versions, List<Recipient> recipients, Lane lane);

	/**
	 * Starts a bulk send of which up to {@code paidCalls} Bot API calls go as Telegram's
	 * paid broadcast ({@code allow_paid_broadcast}: up to 1,000 messages a second, each
	 * paid in Stars from the bot's balance); the calls beyond go at the free rate.
	 */
	void startPaid(String jobId, Map<String, Reply> versions, List<Recipient> recipients, long paidCalls);

	/**
	 * The Bot API calls one delivery of a reply takes: a place, each photo, a file and a
	 * voice note, then the text.
	 */
	static int calls(Reply reply) {
		return 1 + ((reply.location() != null) ? 1 : 0) + reply.photoFileIds().size()
				+ ((reply.documentFileId() != null) ? 1 : 0) + ((reply.voiceFileId() != null) ? 1 : 0);
	}

	Optional<Progress> progress(String jobId);

	/** Whether the job's message reached this chat. */
	boolean reached(String jobId, long chatId);

	/** Sends again to the recipients whose delivery failed; returns how many. */
	int retryFailed(String jobId);

	/**
	 * One recipient of a bulk send.
	 *
	 * @param chatId their chat
	 * @param version the key of the version they get
	 * @param sealed whether the send must not show who they are: their chat is kept
	 * sealed while the delivery is pending and dropped once it is delivered
	 */
	record Recipient(long chatId, String version, boolean sealed) {

		public Recipient(long chatId, String version) {
			this(chatId, version, false);
		}

	}

	/**
	 * Where a job stands.
	 *
	 * @param total recipients
	 * @param sent delivered by Telegram
	 * @param failed given up after retries
	 * @param blocked not delivered because the person blocked the bot or the chat is gone
	 * @param paidCalls Bot API calls that went, or are going, as paid broadcast
	 */
	record Progress(int total, int sent, int failed, int blocked, long paidCalls) {

		public Progress(int total, int sent, int failed, int blocked) {
			this(total, sent, failed, blocked, 0);
		}

		public int pending() {
			return this.total - this.sent - this.failed - this.blocked;
		}

		public boolean done() {
			return pending() == 0;
		}

	}

}
