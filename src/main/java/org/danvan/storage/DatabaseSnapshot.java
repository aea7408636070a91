package org.danvan.storage;

import java.util.List;
import java.util.stream.Stream;

import org.bson.BsonDocument;

/**
 * A database as it was at one moment, readable while writes go on: every collection as of
 * the same moment, each document whole.
 */
public interface DatabaseSnapshot extends AutoCloseable {

	/** The database's name. */
	String database();

	/** Its collections at the snapshot, by name, without the server's own. */
	List<String> collections();

	/** A collection's documents at the snapshot, in BSON as the server stores them. */
	Stream<BsonDocument> documents(String collection);

	/**
	 * A collection's indexes at the snapshot, but for {@code _id}'s: {@code key},
	 * {@code name} and {@code unique}, as {@code createIndexes} takes them.
	 */
	List<BsonDocument> indexes(String collection);

	/** Lets go of what the snapshot holds. */
	@Override
	void close();

}
