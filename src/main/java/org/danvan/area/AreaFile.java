package org.danvan.area;

import java.util.List;
import java.util.Map;

/**
 * {@code config/areas.yml} as written: the tree of areas with what each one holds.
 *
 * @param areas the provinces
 */
record AreaFile(List<Node> areas) {

	/** One area of the file. */
	record Node(String id, Level level, Map<String, String> name, String timeZone, String defaultLanguage,
			List<String> languages, GeoPoint location, List<Post> posts, List<Marker> markers, List<Road> roads,
			List<Node> children) {

		public List<Node> children() {
			return (this.children != null) ? this.children : List.of();
		}

		public List<Post> posts() {
			return (this.posts != null) ? this.posts : List.of();
		}

		public List<Marker> markers() {
			return (this.markers != null) ? this.markers : List.of();
		}

		public List<Road> roads() {
			return (this.roads != null) ? this.roads : List.of();
		}

	}

	record Post(String id, Map<String, String> name) {

	}

	record Marker(String number, GeoPoint location) {

	}

	record Road(String id, Map<String, String> name, double km, List<String> along) {

	}

}
