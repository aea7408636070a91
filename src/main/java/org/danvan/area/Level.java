package org.danvan.area;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How far down the tree an area sits.
 */
public enum Level {

	PROVINCE, DISTRICT, COMMUNE, VILLAGE;

	@JsonCreator
	static Level of(String name) {
		return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
