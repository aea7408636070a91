package org.danvan.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.danvan.storage.DatabaseSnapshot;

/**
 * A backup file: a zip of one MongoDB Extended JSON file per collection
 * ({@code <collection>.json}, one canonical document a line, as {@code mongoimport} reads
 * it), {@code indexes.json} (one index a line, with its collection) and
 * {@code manifest.json} (the database and its counts). Canonical mode keeps every type: a
 * long stays a long, a UUID stays binary subtype 4.
 */
final class BackupArchive {

	static final String SUFFIX = ".json";

	static final String INDEXES = "indexes.json";

	static final String MANIFEST = "manifest.json";

	private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

	private BackupArchive() {
	}

	/**
	 * Writes the snapshot to {@code file}, first under a temporary name, so that a file
	 * of that name is always whole.
	 * @return the documents written by collection
	 */
	static Map<String, Long> write(DatabaseSnapshot snapshot, Path file, Consumer<String> progress) {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		Map<String, Long> counts = new LinkedHashMap<>();
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
				Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
				List<BsonDocument> indexes = new ArrayList<>();
				for (String collection : snapshot.collections()) {
					zip.putNextEntry(new ZipEntry(collection + SUFFIX));
					long count;
					try (Stream<BsonDocument> documents = snapshot.documents(collection)) {
						count = writeLines(out, documents);
					}
					out.flush();
					counts.put(collection, count);
					progress.accept("  " + collection + ": " + count + " documents");
					for (BsonDocument index : snapshot.indexes(collection)) {
						BsonDocument line = new BsonDocument("collection", new BsonString(collection));
						line.putAll(index);
						indexes.add(line);
					}
				}
				zip.putNextEntry(new ZipEntry(INDEXES));
				writeLines(out, indexes.stream());
				out.flush();
				zip.putNextEntry(new ZipEntry(MANIFEST));
				writeLines(out, Stream.of(manifest(snapshot.database(), counts)));
				out.flush();
			}
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return counts;
		}
		catch (IOException ex) {
			deleteQuietly(part);
			throw new UncheckedIOException("Could not write the backup " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static long writeLines(Writer out, Stream<BsonDocument> documents) throws IOException {
		long count = 0;
		for (Iterator<BsonDocument> it = documents.iterator(); it.hasNext();) {
			out.write(it.next().toJson(JSON));
			out.write('\n');
			count++;
		}
		return count;
	}

	private static BsonDocument manifest(String database, Map<String, Long> counts) {
		BsonDocument byCollection = new BsonDocument();
		counts.forEach((collection, count) -> byCollection.append(collection, new BsonInt64(count)));
		return new BsonDocument("database", new BsonString(database)).append("counts", byCollection);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// the temporary file stays; the next backup replaces it
		}
	}

	/** Opens a backup file to read it as a snapshot. */
	static DatabaseSnapshot open(Path file) {
		try {
			return new Reader(new ZipFile(file.toFile(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the backup " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** A backup file read back: its collections, documents and indexes. */
	private static final class Reader implements DatabaseSnapshot {

		private final ZipFile zip;

		private final BsonDocument manifest;

		private final List<BsonDocument> indexes;

		Reader(ZipFile zip) throws IOException {
			this.zip = zip;
			if (zip.getEntry(MANIFEST) == null) {
				zip.close();
				throw new IOException("it is not a DanVan backup (it has no " + MANIFEST + ")");
			}
			this.manifest = lines(MANIFEST).findFirst().orElseThrow();
			this.indexes = lines(INDEXES).toList();
		}

		@Override
		public String database() {
			return this.manifest.getString("database").getValue();
		}

		@Override
		public List<String> collections() {
			return List.copyOf(this.manifest.getDocument("counts").keySet());
		}

		@Override
		public Stream<BsonDocument> documents(String collection) {
			return lines(collection + SUFFIX);
		}

		@Override
		public List<BsonDocument> indexes(String collection) {
			return this.indexes.stream()
				.filter((index) -> collection.equals(index.getString("collection").getValue()))
				.map((index) -> {
					BsonDocument spec = new BsonDocument();
					spec.putAll(index);
					spec.remove("collection");
					return spec;
				})
				.toList();
		}

		private Stream<BsonDocument> lines(String entry) {
			ZipEntry found = this.zip.getEntry(entry);
			if (found == null) {
				return Stream.empty();
			}
			try {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(this.zip.getInputStream(found), StandardCharsets.UTF_8));
				return in.lines().filter((line) -> !line.isBlank()).map(BsonDocument::parse).onClose(() -> {
					try {
						in.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.zip.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
