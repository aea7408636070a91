package org.danvan.backup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.BsonDocument;
import org.danvan.storage.DatabaseSnapshot;

/**
 * Copies a snapshot (the embedded database or a backup file) into a database: its
 * documents as they are, then its indexes, then counts both sides. It refuses a database
 * that already holds documents unless told to replace them.
 */
final class Copier {

	private static final int BATCH = 1000;

	private Copier() {
	}

	/**
	 * @param replace drop what the target holds first, instead of refusing
	 * @throws TargetNotEmpty when the target holds documents and {@code replace} is false
	 */
	static Counts copy(DatabaseSnapshot source, MongoDatabase target, boolean replace, Consumer<String> progress) {
		List<String> filled = collections(target).stream()
			.filter((name) -> target.getCollection(name).estimatedDocumentCount() > 0)
			.toList();
		if (!filled.isEmpty() && !replace) {
			throw new TargetNotEmpty(target.getName(), filled);
		}
		if (replace) {
			collections(target).forEach((name) -> target.getCollection(name).drop());
			progress.accept("Emptied the database " + target.getName());
		}
		Map<String, Long> read = new LinkedHashMap<>();
		Map<String, Long> written = new LinkedHashMap<>();
		for (String name : source.collections()) {
			MongoCollection<BsonDocument> collection = target.getCollection(name, BsonDocument.class);
			long count;
			try (Stream<BsonDocument> documents = source.documents(name)) {
				count = insert(collection, documents);
			}
			for (BsonDocument index : source.indexes(name)) {
				collection.createIndex(index.getDocument("key"), options(index));
			}
			read.put(name, count);
			written.put(name, collection.countDocuments());
			progress.accept("  " + name + ": " + count + " documents");
		}
		return new Counts(read, written);
	}

	private static long insert(MongoCollection<BsonDocument> collection, Stream<BsonDocument> documents) {
		long count = 0;
		List<BsonDocument> batch = new ArrayList<>(BATCH);
		for (Iterator<BsonDocument> it = documents.iterator(); it.hasNext();) {
			batch.add(it.next());
			count++;
			if (batch.size() == BATCH) {
				collection.insertMany(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			collection.insertMany(batch);
		}
		return count;
	}

	private static IndexOptions options(BsonDocument index) {
		IndexOptions options = new IndexOptions().name(index.getString("name").getValue());
		if (index.containsKey("unique")) {
			options.unique(index.getBoolean("unique").getValue());
		}
		if (index.containsKey("sparse")) {
			options.sparse(index.getBoolean("sparse").getValue());
		}
		return options;
	}

	/** The target's collections, the server's own left out. */
	private static List<String> collections(MongoDatabase target) {
		List<String> names = new ArrayList<>();
		for (String name : target.listCollectionNames()) {
			if (!name.startsWith("system.")) {
				names.add(name);
			}
		}
		return names;
	}

	/** The target of a copy already holds documents. */
	static final class TargetNotEmpty extends RuntimeException {

		TargetNotEmpty(String database, List<String> collections) {
			super("The database " + database + " is not empty (" + String.join(", ", collections)
					+ "); add --force to replace what it holds.");
		}

	}

}
