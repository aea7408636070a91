package org.danvan.scheduling;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one Quartz job class: hands the due schedule to {@link Schedules}. Quartz creates
 * it, and Spring's job factory fills in the setter.
 */
public class RunScheduledWork implements Job {

	static final String KEY = "key";

	private Schedules schedules;

	@Autowired
	public void setSchedules(Schedules schedules) {
		this.schedules = schedules;
	}

	@Override
	public void execute(JobExecutionContext context) {
		this.schedules.fire(context.getMergedJobDataMap().getString(KEY));
	}

}
