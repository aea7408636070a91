package org.danvan.area;

import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named stretch of road (patrol or marker inspection road) that a group can look after.
 *
 * @param id stable id, from the area file or given in {@code /areas}
 * @param name its name per language
 * @param km its length
 * @param areaId the commune or village it lies in
 * @param path ids from the province down to that area
 * @param retired whether it was retired (kept, as records point to it)
 */
@Document("roads")
public record RoadSegment(@Id String id, java.util.Map<String, String> name, double km, String areaId,
		List<String> path, boolean retired) {

	public String name(String language) {
		return Names.in(this.name, language);
	}

	RoadSegment retire() {
		return new RoadSegment(this.id, this.name, this.km, this.areaId, this.path, true);
	}

	static RoadSegment of(AreaFile.Road road, String areaId, List<String> path) {
		return new RoadSegment(road.id(), Map.copyOf(road.name()), road.km(), areaId, path, false);
	}

}
