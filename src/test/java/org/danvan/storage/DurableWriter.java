package org.danvan.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

/**
 * Run in a child JVM by {@link DurableWritesTest}: writes documents one by one to the
 * embedded server and prints each acknowledgement, until it is killed.
 */
public final class DurableWriter {

	private DurableWriter() {
	}

	public static void main(String[] args) {
		MongoServer server = new MongoServer(new DurableH2Backend(args[0]));
		String uri = server.bindAndGetConnectionString();
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> writes = client.getDatabase("danvan").getCollection("writes");
			for (int i = 0;; i++) {
				writes.insertOne(new Document("_id", i).append("payload", "write number " + i));
				System.out.println("acked " + i);
				System.out.flush();
			}
		}
	}

}
