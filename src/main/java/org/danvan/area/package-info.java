/**
 * The area tree (province, district, commune, village) with its border posts, numbered
 * border markers and road segments, loaded from {@code config/areas.yml}.
 */
package org.danvan.area;
