/**
 * {@code /areas}: admins browse the area tree and change it in the chat (areas, border
 * markers, road segments, an area's defaults), each change checked, audited and in use at
 * once. An admin of an area changes only what lies within it.
 */
package org.danvan.areaadmin;
