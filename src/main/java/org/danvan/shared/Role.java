package org.danvan.shared;

/**
 * What a member may do. Everyone is a villager; the other roles are granted.
 */
public enum Role {

	VILLAGER, OFFICER, COORDINATOR, ADMIN

}
