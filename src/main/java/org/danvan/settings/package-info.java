/**
 * {@code /settings}: each member chooses which digests, summaries, reminders and
 * announcements the bot sends them.
 */
package org.danvan.settings;
