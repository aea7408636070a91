package org.danvan.access;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The members' indexes, created at start-up: who holds roles in an area.
 */
@Component
class AccessIndexes {

	AccessIndexes(MongoTemplate mongo) {
		mongo.indexOps(Member.class).createIndex(new Index().on("grants.areaId", Sort.Direction.ASC));
	}

}
