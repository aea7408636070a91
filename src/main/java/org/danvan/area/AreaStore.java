package org.danvan.area;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored areas, markers and roads: the truth once seeded. The area file only adds
 * what the database has never had (see {@link #seed}); edits made in the bot are saved
 * here and never lost to the file.
 */
@Component
class AreaStore {

	private final MongoTemplate mongo;

	AreaStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Adds the file's areas, markers and roads whose ids the database has never held (all
	 * of them into an empty database); never overwrites or retires a stored one, but for
	 * a road's route.
	 * @return how many were added
	 */
	int seed(AreaFileReader.Contents file) {
		int added = seed(file.areas(), Area.class, Area::id)
				+ seed(file.markers(), BorderMarker.class, BorderMarker::id)
				+ seed(file.roads(), RoadSegment.class, RoadSegment::id);
		routes(file.roads());
		return added;
	}

	/**
	 * Roads take their route ({@code along}) from the file even once stored: the bot does
	 * not edit routes, so the file is where they are written.
	 */
	private void routes(List<RoadSegment> roads) {
		for (RoadSegment road : roads) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(road.id()).and("along").ne(road.along())),
					new Update().set("along", road.along()), RoadSegment.class);
		}
	}

	private <T> int seed(List<T> wanted, Class<T> type, Function<T, String> id) {
		Set<String> stored = this.mongo.findAll(type).stream().map(id).collect(Collectors.toSet());
		List<T> added = wanted.stream().filter((document) -> !stored.contains(id.apply(document))).toList();
		if (!added.isEmpty()) {
			this.mongo.insertAll(added);
		}
		return added.size();
	}

	AreaTree load() {
		return new AreaTree(this.mongo.findAll(Area.class), this.mongo.findAll(BorderMarker.class),
				this.mongo.findAll(RoadSegment.class));
	}

	void save(Object areaMarkerOrRoad) {
		this.mongo.save(areaMarkerOrRoad);
	}

	/** Saves a new one, refused by the database if its id is taken meanwhile. */
	void insert(Object areaMarkerOrRoad) {
		this.mongo.insert(areaMarkerOrRoad);
	}

}
