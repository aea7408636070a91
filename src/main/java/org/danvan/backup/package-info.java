/**
 * Data safety: scheduled snapshots of the embedded database as MongoDB Extended JSON,
 * restore from one, and migration to a MongoDB given by URI; {@code /backup} for admins.
 */
package org.danvan.backup;
