package org.danvan.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A snapshot of the H2 backend, copied as BSON while no command runs: one moment for
 * every collection, with no command half done. MVStore's own versions would not do: the
 * server changes a stored document in place on an update, so an old version's map leads
 * to documents as they are now. The pause lasts as long as encoding the documents
 * (docs/backups.md has the figures); writing the backup file happens after it.
 */
final class EmbeddedSnapshot implements DatabaseSnapshot {

	private static final String DATA = "databases.";

	private static final String SYSTEM = "system.";

	private static final String INDEXES = SYSTEM + "indexes";

	private final String database;

	/** Every map of the database, by collection name. */
	private final Map<String, List<RawBsonDocument>> contents;

	EmbeddedSnapshot(DurableH2Backend backend, String database) {
		this.database = database;
		this.contents = backend.whileNoCommandRuns(() -> copy(backend.getMvStore()));
	}

	private Map<String, List<RawBsonDocument>> copy(MVStore store) {
		String prefix = DATA + this.database + ".";
		Map<String, List<RawBsonDocument>> copy = new TreeMap<>();
		for (String name : store.getMapNames()) {
			if (name.startsWith(prefix)) {
				MVMap<Object, Object> map = store.openMap(name);
				List<RawBsonDocument> documents = new ArrayList<>(map.size());
				map.values().forEach((document) -> documents.add(bson(document)));
				copy.put(name.substring(prefix.length()), documents);
			}
		}
		return copy;
	}

	@Override
	public String database() {
		return this.database;
	}

	@Override
	public List<String> collections() {
		return this.contents.keySet().stream().filter((name) -> !name.startsWith(SYSTEM)).toList();
	}

	@Override
	public Stream<BsonDocument> documents(String collection) {
		return this.contents.getOrDefault(collection, List.of()).stream().map(BsonDocument.class::cast);
	}

	@Override
	public List<BsonDocument> indexes(String collection) {
		String ns = this.database + "." + collection;
		return documents(INDEXES).filter((index) -> ns.equals(index.getString("ns").getValue()))
			.filter((index) -> !"_id_".equals(index.getString("name").getValue()))
			.map(EmbeddedSnapshot::indexSpec)
			.toList();
	}

	private static BsonDocument indexSpec(BsonDocument index) {
		BsonDocument spec = new BsonDocument();
		for (String field : List.of("key", "name", "unique", "sparse")) {
			if (index.containsKey(field)) {
				spec.put(field, index.get(field));
			}
		}
		return spec;
	}

	private static RawBsonDocument bson(Object document) {
		ByteBuf buffer = Unpooled.buffer();
		try {
			BsonEncoder.encodeDocument(castDocument(document), buffer);
			return new RawBsonDocument(ByteBufUtil.getBytes(buffer));
		}
		finally {
			buffer.release();
		}
	}

	private static Document castDocument(Object document) {
		return (Document) Objects.requireNonNull(document);
	}

	@Override
	public void close() {
		this.contents.clear();
	}

}
