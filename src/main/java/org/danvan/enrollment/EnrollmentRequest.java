package org.danvan.enrollment;

/**
 * What a person asks when they enroll their household.
 *
 * @param memberId who asks (the household's id)
 * @param headName the head of household's name
 * @param people how many people live in it
 * @param villageId its village
 * @param phone their own number shared through Telegram, or {@code null}
 * @param groupId the group to join
 */
public record EnrollmentRequest(long memberId, String headName, int people, String villageId, String phone,
		String groupId) {

	public static final int MAX_PEOPLE = 50;

	public static final int MAX_NAME = 80;

}
