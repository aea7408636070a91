package org.danvan.access;

import java.time.Instant;
import java.util.List;

import org.danvan.shared.Grant;

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
 * @param villageId their home village, {@code null} until they pick one
 * @param grants the roles they were granted, each in an area
 * @param firstSeen when they first wrote
 * @param lastSeen the day they last wrote (the day only, see {@code Members.seen})
 * @param reachable false once Telegram refuses to deliver to them, until they write again
 */
@Document("members")
public record Member(@Id long id, String firstName, String lastName, String username, String telegramLanguage,
		String language, boolean languageChosen, String villageId, List<Grant> grants, Instant firstSeen,
		Instant lastSeen, boolean reachable) {

	public Member {
		grants = (grants != null) ? List.copyOf(grants) : List.of();
	}

	/** First and last name, as Telegram shows them. */
	public String displayName() {
		return (this.lastName != null) ? this.firstName + " " + this.lastName : this.firstName;
	}

}
