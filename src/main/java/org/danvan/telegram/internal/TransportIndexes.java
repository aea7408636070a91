package org.danvan.telegram.internal;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The transport's indexes, created at start-up (Spring's automatic creation is off). The
 * embedded server ignores non-unique ones; a real MongoDB uses them for the rare queries
 * that are not by id.
 */
@Component
class TransportIndexes {

	TransportIndexes(MongoTemplate mongo) {
		mongo.indexOps(ReceivedUpdate.class).createIndex(new Index().on("status", Sort.Direction.ASC));
		mongo.indexOps(Delivery.class)
			.createIndex(new Index().on("jobId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
	}

}
