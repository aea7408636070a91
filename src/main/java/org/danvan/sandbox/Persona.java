package org.danvan.sandbox;

import org.danvan.shared.Role;

/**
 * Someone one can be in the sandbox: a villager of a sample village, or a member of staff
 * with a role in every province.
 *
 * @param id their Telegram user id (and private chat id) on the stand-in
 * @param name their first name
 * @param role {@code VILLAGER}, {@code OFFICER}, {@code COORDINATOR} or {@code ADMIN}
 * @param villageId a villager's home village, {@code null} for staff
 * @param phone the number they share when the bot asks for it
 */
public record Persona(long id, String name, Role role, String villageId, String phone) {

}
