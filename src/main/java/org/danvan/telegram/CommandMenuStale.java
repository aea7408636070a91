package org.danvan.telegram;

/**
 * A member's roles or language changed, so the command menu of their chat must be set
 * again.
 *
 * @param userId the member, whose private chat has the same id
 */
public record CommandMenuStale(long userId) {

}
