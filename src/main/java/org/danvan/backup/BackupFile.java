package org.danvan.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup on disk, as {@code /backup} shows it.
 *
 * @param file where it is
 * @param takenAt when it was written
 * @param bytes its size
 */
public record BackupFile(Path file, Instant takenAt, long bytes) {

}
