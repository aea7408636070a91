package org.danvan.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder of backups: dated names ({@code danvan-20261203-023000.zip}, in UTC) that
 * sort by time, and the retention rule, which keeps the newest.
 */
final class BackupFolder {

	private static final String PREFIX = "danvan-";

	private static final String EXTENSION = ".zip";

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final Path dir;

	BackupFolder(Path dir) {
		this.dir = dir;
	}

	Path dir() {
		return this.dir;
	}

	/** A new backup's name for {@code at}. */
	Path fileFor(Instant at) {
		return this.dir.resolve(PREFIX + NAME.format(at) + EXTENSION);
	}

	/** The backups, newest first. */
	List<Path> backups() {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.dir)) {
			return files.filter(BackupFolder::isBackup).sorted(Comparator.reverseOrder()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<BackupFile> latest() {
		return backups().stream().findFirst().map(BackupFolder::describe);
	}

	/**
	 * Deletes all but the newest {@code keep} backups.
	 * @return the files deleted
	 */
	List<Path> keepNewest(int keep) {
		List<Path> old = backups().stream().skip(keep).toList();
		for (Path file : old) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not delete the old backup " + file, ex);
			}
		}
		return old;
	}

	private static boolean isBackup(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(PREFIX) && name.endsWith(EXTENSION) && Files.isRegularFile(file);
	}

	static BackupFile describe(Path file) {
		try {
			return new BackupFile(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
