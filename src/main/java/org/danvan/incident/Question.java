package org.danvan.incident;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An officer's question to a reporter, so the answer finds its way back to that officer;
 * the reporter's side holds only this record's random id.
 *
 * @param id random id, carried by the reporter's "answer" button
 * @param code the incident
 * @param officerId who asked
 * @param text the question
 * @param askedAt when
 */
@Document("questions")
record Question(@Id String id, String code, long officerId, String text, Instant askedAt) {

}
