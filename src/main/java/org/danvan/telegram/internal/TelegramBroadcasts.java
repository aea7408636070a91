package org.danvan.telegram.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.i18n.Texts;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.BulkSettings;
import org.danvan.telegram.Lane;
import org.danvan.telegram.Reply;

import org.springframework.stereotype.Component;

/**
 * Starts bulk sends: renders each version once, writes the job down, and wakes the
 * workers.
 */
@Component
class TelegramBroadcasts implements Broadcasts {

	private final BulkStore store;

	private final BulkWorker worker;

	private final TelegramGateway gateway;

	private final Texts texts;

	private final BulkSettings settings;

	TelegramBroadcasts(BulkStore store, BulkWorker worker, TelegramGateway gateway, Texts texts,
			BulkSettings settings) {
		this.store = store;
		this.worker = worker;
		this.gateway = gateway;
		this.texts = texts;
		this.settings = settings;
	}

	@Override
	public void start(String jobId, Map<String, Reply> versions, List<Recipient> recipients, Lane lane) {
		start(jobId, versions, recipients, lane, 0);
	}

	@Override
	public void startPaid(String jobId, Map<String, Reply> versions, List<Recipient> recipients, long paidCalls) {
		start(jobId, versions, recipients, Lane.BULK, paidCalls);
	}

	private void start(String jobId, Map<String, Reply> versions, List<Recipient> recipients, Lane lane,
			long paidCalls) {
		Map<String, StoredMessage> rendered = new LinkedHashMap<>();
		versions.forEach((version, reply) -> {
			String html = this.texts.render(version, reply.text());
			if (HtmlChunker.split(html, TelegramGateway.MAX_TEXT).size() > 1) {
				throw new IllegalArgumentException("Version " + version + " is longer than one Telegram message");
			}
			rendered.put(version, StoredMessages.of(html, this.gateway.markup(version, reply.keyboard()), reply));
		});
		this.store.create(jobId, rendered, recipients, this.settings.chunkSize(), lane, paidCalls);
		this.worker.wakeUp();
	}

	@Override
	public Optional<Progress> progress(String jobId) {
		return this.store.job(jobId)
			.map((job) -> new Progress(job.total(), job.sent(), job.failed(), job.blocked(),
					job.paidCalls() - job.paidLeft()));
	}

	@Override
	public boolean reached(String jobId, long chatId) {
		return this.store.delivery(jobId, String.valueOf(chatId))
			.filter((d) -> d.status() == Delivery.Status.SENT)
			.isPresent();
	}

	@Override
	public int retryFailed(String jobId) {
		int count = this.store.retryFailed(jobId, this.settings.chunkSize());
		this.worker.wakeUp();
		return count;
	}

}
