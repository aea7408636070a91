package org.danvan.scheduling;

import java.util.Map;

/**
 * Work a feature wants done at a set time: an escalation, a reminder, a digest.
 */
public interface TimedTask {

	/** The name schedules refer to, e.g. {@code incident.escalate}. */
	String name();

	void run(Map<String, String> data);

}
