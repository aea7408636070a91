package org.danvan.area;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored areas, markers and roads equal to the file: new and changed documents
 * are saved, documents no longer in the file are retired (not deleted: records point to
 * them), unchanged ones are left alone, so loading the same file twice writes nothing.
 */
@Component
class AreaStore {

	private final MongoTemplate mongo;

	AreaStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** How many documents were written. */
	int sync(AreaFileReader.Contents contents) {
		return sync(contents.areas(), Area.class, Area::id, Area::retire)
				+ sync(contents.markers(), BorderMarker.class, BorderMarker::id, BorderMarker::retire)
				+ sync(contents.roads(), RoadSegment.class, RoadSegment::id, RoadSegment::retire);
	}

	private <T> int sync(List<T> wanted, Class<T> type, Function<T, String> id, UnaryOperator<T> retire) {
		Map<String, T> stored = this.mongo.findAll(type).stream().collect(Collectors.toMap(id, Function.identity()));
		int written = 0;
		for (T document : wanted) {
			if (!document.equals(stored.get(id.apply(document)))) {
				this.mongo.save(document);
				written++;
			}
		}
		Set<String> kept = wanted.stream().map(id).collect(Collectors.toSet());
		for (T old : stored.values()) {
			T retired = retire.apply(old);
			if (!kept.contains(id.apply(old)) && !retired.equals(old)) {
				this.mongo.save(retired);
				written++;
			}
		}
		return written;
	}

}
