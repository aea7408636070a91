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

	static final String RECURRING = "recurring";

	private Schedules schedules;

	@Autowired
	public void setSchedules(Schedules schedules) {
		this.schedules = schedules;
	}

	@Override
	public void execute(JobExecutionContext context) {
		String key = context.getMergedJobDataMap().getString(KEY);
		if (context.getMergedJobDataMap().getBooleanValue(RECURRING)) {
			this.schedules.fireRecurring(key);
		}
		else {
			this.schedules.fire(key);
		}
	}

}
