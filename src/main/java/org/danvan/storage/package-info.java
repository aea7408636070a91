/**
 * The database: an embedded MongoDB-compatible server when no URI is configured, and
 * consistent snapshots of it for backups.
 */
package org.danvan.storage;
