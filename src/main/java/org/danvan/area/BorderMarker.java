package org.danvan.area;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A numbered national border marker.
 *
 * @param id {@code <province>-m<number>}, stable
 * @param number the marker's number as painted on it, e.g. {@code 1116/2}
 * @param areaId the commune or village it stands in
 * @param path ids from the province down to that area
 * @param location where it stands, if known
 * @param retired whether it was retired (kept, as records point to it)
 */
@Document("markers")
public record BorderMarker(@Id String id, String number, String areaId, List<String> path, GeoPoint location,
		boolean retired) {

	/** The id of the marker numbered {@code number} in the province. */
	public static String id(String provinceId, String number) {
		return provinceId + "-m" + number.trim().replace('/', '.');
	}

	BorderMarker renumber(String newNumber) {
		return new BorderMarker(this.id, newNumber, this.areaId, this.path, this.location, this.retired);
	}

	BorderMarker retire() {
		return new BorderMarker(this.id, this.number, this.areaId, this.path, this.location, true);
	}

}
