package org.danvan.telegram;

/**
 * Tells the transport who sent an update. The members feature implements it.
 */
public interface MemberDirectory {

	/**
	 * Records that this person wrote (creating them on first contact) and says who they
	 * are.
	 */
	Sender identify(InboundUser user);

	/** The member's current language and roles, without recording a visit. */
	Sender lookup(long userId);

}
