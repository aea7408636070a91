/**
 * Incident reports: villagers report by chat (named or anonymously), officers of the area
 * are alerted and act, reporters hear back in their language.
 */
package org.danvan.incident;
