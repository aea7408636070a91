package org.danvan.incident;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an incident is about; {@code code} is what buttons carry.
 */
public enum Category {

	BORDER_SECURITY("sec", "incident.category.sec"), MARKER("mrk", "incident.category.mrk"),
	FIRE("fir", "incident.category.fir"), FLOOD("fld", "incident.category.fld"), HEALTH("hea", "incident.category.hea"),
	ROAD("rd", "incident.category.rd"), ENVIRONMENT("env", "incident.category.env"),
	PUBLIC_ORDER("ord", "incident.category.ord"), OTHER("oth", "incident.category.oth");

	private final String code;

	private final String key;

	Category(String code, String key) {
		this.code = code;
		this.key = key;
	}

	public String code() {
		return this.code;
	}

	public String key() {
		return this.key;
	}

	public static Optional<Category> of(String code) {
		return Arrays.stream(values()).filter((c) -> c.code.equals(code)).findFirst();
	}

}
