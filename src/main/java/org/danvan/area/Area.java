package org.danvan.area;

import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A province, district, commune or village. Totals count everything beneath it too.
 *
 * @param id stable id, from the area file or given in {@code /areas}
 * @param level how far down the tree it sits
 * @param parentId the area above it, {@code null} for a province
 * @param path ids from the province down to this area, itself included
 * @param name its name per language (Vietnamese always present)
 * @param timeZone the time zone of its province
 * @param defaultLanguage the language announcements fall back to here
 * @param languages languages commonly spoken here
 * @param location its centre, if known (always for a village)
 * @param posts border guard posts based here
 * @param markerCount active border markers in it and beneath it (counted again on load)
 * @param roadKm km of active road segments in it and beneath it (counted again on load)
 * @param retired whether it was retired (kept, as records point to it)
 * @param rank where it stands among the areas beside it (file order, then as added)
 */
@Document("areas")
public record Area(@Id String id, Level level, String parentId, List<String> path, Map<String, String> name,
		String timeZone, String defaultLanguage, List<String> languages, GeoPoint location, List<Post> posts,
		int markerCount, double roadKm, boolean retired, int rank) {

	/** A border guard post. */
	public record Post(String id, Map<String, String> name) {

		/** The name in {@code language}, else in Vietnamese. */
		public String name(String language) {
			return Names.in(this.name, language);
		}

	}

	/** The name in {@code language}, else in Vietnamese. */
	public String name(String language) {
		return Names.in(this.name, language);
	}

	public boolean isVillage() {
		return this.level == Level.VILLAGE;
	}

	Area retire() {
		return new Area(this.id, this.level, this.parentId, this.path, this.name, this.timeZone, this.defaultLanguage,
				this.languages, this.location, this.posts, this.markerCount, this.roadKm, true, this.rank);
	}

	Area withTotals(int markers, double km) {
		return new Area(this.id, this.level, this.parentId, this.path, this.name, this.timeZone, this.defaultLanguage,
				this.languages, this.location, this.posts, markers, km, this.retired, this.rank);
	}

	Area withName(Map<String, String> names) {
		return new Area(this.id, this.level, this.parentId, this.path, Map.copyOf(names), this.timeZone,
				this.defaultLanguage, this.languages, this.location, this.posts, this.markerCount, this.roadKm,
				this.retired, this.rank);
	}

	Area withDefaults(String zone, String language, List<Post> borderPosts) {
		return new Area(this.id, this.level, this.parentId, this.path, this.name, zone, language, this.languages,
				this.location, List.copyOf(borderPosts), this.markerCount, this.roadKm, this.retired, this.rank);
	}

}
