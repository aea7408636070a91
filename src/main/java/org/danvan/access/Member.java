package org.danvan.access;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who has written to the bot.
 *
 * @param id Telegram user id
 * @param firstName first name as Telegram last gave it
 * @param lastName last name, may be {@code null}
 * @param username username, may be {@code null}
 * @param telegramLanguage the language of their Telegram app, as last seen
 * @param language BCP-47 tag of the language the bot speaks to them
 * @param languageChosen whether they picked it themselves
 * @param firstSeen when they first wrote
 * @param lastSeen when they last wrote
 * @param reachable false once Telegram refuses to deliver to them, until they write again
 */
@Document("members")
public record Member(@Id long id, String firstName, String lastName, String username, String telegramLanguage,
		String language, boolean languageChosen, Instant firstSeen, Instant lastSeen, boolean reachable) {

}
