package org.danvan.telegram;

/**
 * The person behind an update, as Telegram describes them.
 *
 * @param id Telegram user id
 * @param firstName first name
 * @param lastName last name, may be {@code null}
 * @param username username, may be {@code null}
 * @param languageCode the language of their Telegram app, may be {@code null}
 */
public record InboundUser(long id, String firstName, String lastName, String username, String languageCode) {

}
