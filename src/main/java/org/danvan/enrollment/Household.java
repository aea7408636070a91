package org.danvan.enrollment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A household enrolled (or asking to be) in a self-managed group. The person who enrolled
 * it speaks for it: its id is theirs, so one person enrolls one household.
 *
 * @param id the Telegram user id of the person who enrolled it
 * @param headName the head of household's name
 * @param people how many people live in it
 * @param villageId its village
 * @param path ids from the province down to the village
 * @param phone the person's own phone number, shared through Telegram, or {@code null}
 * @param groupId the group it joins
 * @param status where its enrollment stands
 * @param consentAt when the person agreed that this is stored
 * @param requestedAt when they asked
 * @param decidedBy the coordinator who approved or declined, or {@code null}
 * @param decidedAt when
 * @param declineReason why it was declined, or {@code null}
 */
@Document("households")
public record Household(@Id long id, String headName, int people, String villageId, List<String> path, String phone,
		String groupId, HouseholdStatus status, Instant consentAt, Instant requestedAt, Long decidedBy,
		Instant decidedAt, String declineReason) {

	public Household {
		path = (path != null) ? List.copyOf(path) : List.of();
	}

}
