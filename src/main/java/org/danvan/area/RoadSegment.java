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
 * @param along the numbers of the border markers it runs past, in order, for the maps;
 * empty when its route is not known
 */
@Document("roads")
public record RoadSegment(@Id String id, Map<String, String> name, double km, String areaId, List<String> path,
		boolean retired, List<String> along) {

	public RoadSegment {
		along = (along != null) ? List.copyOf(along) : List.of();
	}

	public String name(String language) {
		return Names.in(this.name, language);
	}

	RoadSegment retire() {
		return new RoadSegment(this.id, this.name, this.km, this.areaId, this.path, true, this.along);
	}

	static RoadSegment of(AreaFile.Road road, String areaId, List<String> path) {
		return new RoadSegment(road.id(), Map.copyOf(road.name()), road.km(), areaId, path, false,
				(road.along() != null) ? road.along().stream().map(String::trim).toList() : List.of());
	}

}
