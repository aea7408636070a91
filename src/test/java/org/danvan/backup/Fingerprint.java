package org.danvan.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * What a database holds, collection by collection: its count and a hash of its documents
 * in canonical Extended JSON, in {@code _id} order.
 *
 * @param collections by name: count and hash
 */
record Fingerprint(Map<String, String> collections) {

	private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder()
		.outputMode(JsonMode.EXTENDED)
		.build();

	static Fingerprint of(MongoDatabase database) {
		Map<String, List<BsonDocument>> contents = new TreeMap<>();
		for (String name : database.listCollectionNames()) {
			if (!name.startsWith("system.")) {
				contents.put(name,
						database.getCollection(name, BsonDocument.class)
							.find()
							.sort(new BsonDocument("_id", new org.bson.BsonInt32(1)))
							.into(new ArrayList<>()));
			}
		}
		return of(contents);
	}

	static Fingerprint of(Map<String, List<BsonDocument>> contents) {
		Map<String, String> collections = new TreeMap<>();
		contents.forEach((name, documents) -> {
			if (!documents.isEmpty()) {
				collections.put(name, documents.size() + " " + hash(documents));
			}
		});
		return new Fingerprint(collections);
	}

	private static String hash(List<BsonDocument> documents) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (BsonDocument document : documents) {
				digest.update(document.toJson(CANONICAL).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
