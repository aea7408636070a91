package org.danvan.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.danvan.i18n.Text;
import org.danvan.shared.Role;
import org.danvan.telegram.CommandHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * {@code /jobs}: the scheduled jobs, soonest first, with their rule, next firing, last
 * run and how it ended; for admins.
 */
@Component
class JobsCommand implements CommandHandler {

	static final int SHOWN = 30;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final Schedules schedules;

	JobsCommand(Schedules schedules) {
		this.schedules = schedules;
	}

	@Override
	public String command() {
		return "jobs";
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public List<Reply> handle(Inbound inbound, Inbound.Command command, Sender sender) {
		List<ScheduledJob> jobs = this.schedules.jobs();
		List<Text> lines = jobs.stream()
			.limit(SHOWN)
			.map((job) -> Text.of("jobs.line", "key", job.key(), "rule",
					(job.rule() != null) ? job.rule() : Text.of("jobs.once"), "next", time(job.nextFireAt()), "last",
					time(job.lastRunAt()), "result", (job.lastResult() != null) ? job.lastResult() : "–"))
			.toList();
		return List
			.of(Reply.message(Text.of("jobs.list", "count", jobs.size(), "shown", lines.size(), "lines", lines)));
	}

	private static String time(Instant at) {
		return (at != null) ? TIME.format(at) : "–";
	}

}
