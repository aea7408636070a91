package org.danvan.announcement;

/** The kinds of people an announcement can be for. */
public enum AudienceKind {

	/** Everyone whose home village is in an area. */
	AREA,

	/** Everyone whose home village is one of the chosen villages. */
	VILLAGES,

	/** The approved households of one self-managed group. */
	GROUP,

	/** The approved households of every group of an area. */
	HOUSEHOLDS,

	/** The leader households of the groups of an area. */
	LEADERS,

	/** The officers of an area and of the areas beneath it. */
	OFFICERS

}
