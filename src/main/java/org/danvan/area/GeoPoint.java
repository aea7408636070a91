package org.danvan.area;

/**
 * A point on the ground, in degrees.
 *
 * @param lat latitude
 * @param lon longitude
 */
public record GeoPoint(double lat, double lon) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("Not a point on Earth: " + lat + ", " + lon);
		}
	}

	/** Great-circle distance, in km. */
	public double kmTo(GeoPoint other) {
		double dLat = Math.toRadians(other.lat - this.lat);
		double dLon = Math.toRadians(other.lon - this.lon);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.lat))
				* Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
