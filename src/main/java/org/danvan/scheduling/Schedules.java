package org.danvan.scheduling;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.quartz.CronExpression;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.danvan.shared.Redacted;
import org.danvan.scheduling.ScheduledWork.Status;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The scheduling module's public face. Work is written to MongoDB first, then given to
 * Quartz (in-memory store); at start-up every pending piece is given to Quartz again, and
 * work whose time passed while the bot was down runs at once (the misfire rule: late,
 * never skipped, never twice). A firing takes a ShedLock lock in MongoDB and then claims
 * the schedule with one conditional update, so with several instances it runs once.
 */
@Service
public class Schedules {

	private static final Logger log = LoggerFactory.getLogger(Schedules.class);

	private static final String GROUP = "danvan";

	/**
	 * Quartz keeps the machine's time and the application its own clock: a firing may
	 * come a moment before the application's clock reaches it, and still counts (else the
	 * schedule, whose next firing is only set by a run, would stop).
	 */
	private static final Duration EARLY_FIRING = Duration.ofSeconds(1);

	private final MongoTemplate mongo;

	private final Scheduler quartz;

	private final ObjectProvider<TimedTask> taskProvider;

	private volatile Map<String, TimedTask> tasks;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	/** Tasks are looked up when first needed: they may themselves schedule work. */
	Schedules(MongoTemplate mongo, Scheduler quartz, ObjectProvider<TimedTask> tasks, Clock clock) {
		this.mongo = mongo;
		this.quartz = quartz;
		this.taskProvider = tasks;
		this.locks = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb().getCollection("shedlock")));
		this.clock = clock;
	}

	/** Runs {@code task} once at {@code at}; the same key again changes nothing. */
	public void once(String key, Instant at, String task, Map<String, String> data) {
		requireTask(task);
		ScheduledWork work = new ScheduledWork(key, task, Map.copyOf(data), at, Status.PENDING, null);
		try {
			this.mongo.insert(work);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return;
		}
		register(work);
	}

	public void cancel(String key) {
		Query pending = Query.query(Criteria.where("_id").is(key).and("status").is(Status.PENDING));
		this.mongo.updateFirst(pending, Update.update("status", Status.CANCELLED), ScheduledWork.class);
		try {
			this.quartz.deleteJob(JobKey.jobKey(key, GROUP));
		}
		catch (SchedulerException ex) {
			log.warn("Could not remove the trigger of {}: {}", key, ex.getMessage());
		}
	}

	/**
	 * Runs {@code task} whenever the cron rule says, read in {@code zone}. Calling it
	 * again with the same key and rule changes nothing; with another rule, the schedule
	 * follows the new one.
	 * @param cron a Quartz cron expression, seconds first: {@code 0 0 7 * * ?} is every
	 * day at 07:00
	 */
	public void recurring(String key, String cron, ZoneId zone, String task, Map<String, String> data,
			Misfire misfire) {
		requireTask(task);
		Instant now = this.clock.instant();
		RecurringWork existing = this.mongo.findById(key, RecurringWork.class);
		if (existing != null && existing.active() && existing.cron().equals(cron)
				&& existing.zone().equals(zone.getId()) && existing.task().equals(task) && existing.data().equals(data)
				&& existing.misfire() == misfire) {
			registerRecurring(existing);
			return;
		}
		RecurringWork work = new RecurringWork(key, task, Map.copyOf(data), cron, zone.getId(), misfire,
				next(cron, zone.getId(), now), (existing != null) ? existing.lastRunAt() : null,
				(existing != null) ? existing.lastResult() : null, true);
		this.mongo.save(work);
		registerRecurring(work);
	}

	/**
	 * Runs {@code task} every day at {@code at} (seconds included) in {@code zone}; a
	 * {@code null} time stops the schedule.
	 */
	public void daily(String key, LocalTime at, ZoneId zone, String task, Map<String, String> data, Misfire misfire) {
		at(key, at, "* * ?", zone, task, data, misfire);
	}

	/**
	 * Runs {@code task} at {@code at} (seconds included) in {@code zone} on the days the
	 * cron day fields name ({@code "* * ?"} every day, {@code "? * MON"} Mondays,
	 * {@code "1 * ?"} the first of the month); a {@code null} time stops the schedule.
	 */
	public void at(String key, LocalTime at, String days, ZoneId zone, String task, Map<String, String> data,
			Misfire misfire) {
		if (at == null) {
			stopRecurring(key);
			return;
		}
		recurring(key, at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " " + days, zone, task, data,
				misfire);
	}

	/** Stops a recurring schedule; its record stays, for {@code /jobs}. */
	public void stopRecurring(String key) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), Update.update("active", false),
				RecurringWork.class);
	}

	/**
	 * When a schedule runs next: an active recurring one's next firing, or a pending
	 * one-off's time.
	 */
	public Optional<Instant> nextRun(String key) {
		RecurringWork recurring = this.mongo.findById(key, RecurringWork.class);
		if (recurring != null) {
			return recurring.active() ? Optional.of(recurring.nextFireAt()) : Optional.empty();
		}
		ScheduledWork once = this.mongo.findById(key, ScheduledWork.class);
		return (once != null && once.status() == Status.PENDING) ? Optional.of(once.fireAt()) : Optional.empty();
	}

	/** Every active recurring schedule and every pending one-off, soonest first. */
	public List<ScheduledJob> jobs() {
		List<ScheduledJob> jobs = new ArrayList<>();
		for (RecurringWork work : this.mongo.find(Query.query(Criteria.where("active").is(true)),
				RecurringWork.class)) {
			jobs.add(new ScheduledJob(work.key(), work.task(), work.cron() + " " + work.zone(), work.nextFireAt(),
					work.lastRunAt(), work.lastResult()));
		}
		for (ScheduledWork work : this.mongo.find(Query.query(Criteria.where("status").is(Status.PENDING)),
				ScheduledWork.class)) {
			jobs.add(new ScheduledJob(work.key(), work.task(), null, work.fireAt(), null, null));
		}
		jobs.sort(Comparator.comparing(ScheduledJob::nextFireAt, Comparator.nullsLast(Comparator.naturalOrder())));
		return jobs;
	}

	/**
	 * Called by Quartz when a recurring schedule is due: moves it to its next firing and
	 * runs it, once across every instance.
	 */
	void fireRecurring(String key) {
		Instant now = this.clock.instant();
		locked("recurring:" + key, () -> {
			RecurringWork due = this.mongo.findOne(Query.query(Criteria.where("_id").is(key)), RecurringWork.class);
			if (due == null || !due.active() || due.nextFireAt().isAfter(now.plus(EARLY_FIRING))) {
				return;
			}
			Instant next = next(due.cron(), due.zone(), due.nextFireAt().isAfter(now) ? due.nextFireAt() : now);
			Query claim = Query.query(Criteria.where("_id").is(key).and("nextFireAt").is(due.nextFireAt()));
			RecurringWork claimed = this.mongo.findAndModify(claim,
					new Update().set("nextFireAt", next).set("lastRunAt", now),
					FindAndModifyOptions.options().returnNew(true), RecurringWork.class);
			if (claimed == null) {
				return;
			}
			String result = "ok";
			try {
				tasks().get(claimed.task()).run(claimed.data());
			}
			catch (RuntimeException ex) {
				log.error("Recurring task {} ({}) failed", claimed.task(), key, Redacted.of(ex));
				result = "failed: " + ex.getClass().getSimpleName();
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), Update.update("lastResult", result),
					RecurringWork.class);
			registerRecurring(claimed);
		});
	}

	/**
	 * Runs {@code work} holding a MongoDB lock, so that one instance runs it at a time.
	 * The lock's lease is kept in the machine's time, as ShedLock reads it, whatever the
	 * application's clock says.
	 */
	private void locked(String name, Runnable work) {
		this.locks.executeWithLock(work,
				new LockConfiguration(ClockProvider.now(), name, Duration.ofMinutes(10), Duration.ZERO));
	}

	private static long ceilMillis(Duration duration) {
		return Math.floorDiv(duration.toNanos() + 999_999, 1_000_000);
	}

	private void requireTask(String task) {
		if (!tasks().containsKey(task)) {
			throw new IllegalArgumentException("No timed task " + task);
		}
	}

	private static Instant next(String cron, String zone, Instant after) {
		try {
			CronExpression expression = new CronExpression(cron);
			expression.setTimeZone(TimeZone.getTimeZone(ZoneId.of(zone)));
			Date next = expression.getNextValidTimeAfter(Date.from(after));
			if (next == null) {
				throw new IllegalArgumentException("The rule " + cron + " never fires again");
			}
			return next.toInstant();
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not a cron rule: " + cron, ex);
		}
	}

	/**
	 * Gives Quartz the schedule's next firing: one trigger a firing, named by its time,
	 * so that registering again (another instance, a restart) adds nothing.
	 */
	private void registerRecurring(RecurringWork work) {
		trigger(JobKey.jobKey(work.key() + "@" + work.nextFireAt().toEpochMilli(), GROUP + "-recurring"), work.key(),
				true, work.nextFireAt());
	}

	/**
	 * At start-up: a recurring schedule whose firing passed while the bot was down runs
	 * once now ({@link Misfire#RUN_ONCE}) or waits for its next firing
	 * ({@link Misfire#SKIP}).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void registerRecurringAtStart() {
		Instant now = this.clock.instant();
		for (RecurringWork work : this.mongo.find(Query.query(Criteria.where("active").is(true)),
				RecurringWork.class)) {
			if (work.nextFireAt().isBefore(now) && work.misfire() == Misfire.SKIP) {
				Instant next = next(work.cron(), work.zone(), now);
				RecurringWork moved = this.mongo.findAndModify(
						Query.query(Criteria.where("_id").is(work.key()).and("nextFireAt").is(work.nextFireAt())),
						new Update().set("nextFireAt", next).set("lastResult", "missed while down, skipped"),
						FindAndModifyOptions.options().returnNew(true), RecurringWork.class);
				registerRecurring((moved != null) ? moved : work);
			}
			else {
				registerRecurring(work);
			}
		}
	}

	/** Gives Quartz every pending schedule again; work already due runs at once. */
	@EventListener(ApplicationReadyEvent.class)
	void registerPending() {
		List<ScheduledWork> pending = this.mongo.find(Query.query(Criteria.where("status").is(Status.PENDING)),
				ScheduledWork.class);
		pending.forEach(this::register);
		if (!pending.isEmpty()) {
			log.info("Registered {} pending schedules again", pending.size());
		}
	}

	/** Called by Quartz when a schedule is due: runs it once across every instance. */
	void fire(String key) {
		Instant now = this.clock.instant();
		locked("schedule:" + key, () -> claim(key, now).ifPresent(this::run));
	}

	private Optional<ScheduledWork> claim(String key, Instant now) {
		Query pending = Query.query(Criteria.where("_id").is(key).and("status").is(Status.PENDING));
		return Optional
			.ofNullable(this.mongo.findAndModify(pending, new Update().set("status", Status.DONE).set("ranAt", now),
					FindAndModifyOptions.options().returnNew(true), ScheduledWork.class));
	}

	private void run(ScheduledWork work) {
		try {
			tasks().get(work.task()).run(work.data());
		}
		catch (RuntimeException ex) {
			log.error("Timed task {} ({}) failed", work.task(), work.key(), Redacted.of(ex));
		}
	}

	private Map<String, TimedTask> tasks() {
		if (this.tasks == null) {
			this.tasks = this.taskProvider.orderedStream()
				.collect(java.util.stream.Collectors.toMap(TimedTask::name, java.util.function.Function.identity()));
		}
		return this.tasks;
	}

	private void register(ScheduledWork work) {
		trigger(JobKey.jobKey(work.key(), GROUP), work.key(), false, work.fireAt());
	}

	/**
	 * Gives Quartz one firing of a schedule, at once if its time has passed; a job
	 * already known under this name is left as it is. Quartz keeps the machine's time, so
	 * it is given how long to wait by the application's clock.
	 */
	private void trigger(JobKey job, String key, boolean recurring, Instant at) {
		Instant now = this.clock.instant();
		JobDetail detail = JobBuilder.newJob(RunScheduledWork.class)
			.withIdentity(job)
			.usingJobData(RunScheduledWork.KEY, key)
			.usingJobData(RunScheduledWork.RECURRING, recurring)
			.build();
		long delay = Math.max(0, ceilMillis(Duration.between(now, at)));
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(job.getName(), job.getGroup())
			.startAt(new Date(System.currentTimeMillis() + delay))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
		try {
			if (!this.quartz.checkExists(job)) {
				this.quartz.scheduleJob(detail, trigger);
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not schedule " + key, ex);
		}
	}

}
