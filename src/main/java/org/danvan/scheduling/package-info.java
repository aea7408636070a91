/**
 * Timed work on Quartz: schedules kept in MongoDB and registered again at start-up, each
 * firing run once across instances (a ShedLock lock in MongoDB, then a claim on the
 * schedule itself).
 */
package org.danvan.scheduling;
