package org.danvan.telegram;

import java.util.List;

/**
 * Opens {@code t.me/<bot>?start=<kind>-<code>} links of one kind: invites, group
 * enrollment.
 */
public interface DeepLinkHandler {

	/** The payload kind this handler opens, e.g. {@code inv}. */
	String kind();

	List<Reply> open(Inbound inbound, StartPayload payload, Sender sender);

}
