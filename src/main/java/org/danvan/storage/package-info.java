/**
 * The database: an embedded MongoDB-compatible server when no URI is configured.
 */
package org.danvan.storage;
