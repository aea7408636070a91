package org.danvan.shared;

/**
 * The application cannot start: anonymous reports need a relay key and none (or an
 * unusable one) was set.
 */
public class MissingRelayKey extends DeploymentProblem {

	static final String EXPLANATION = "DanVan needs a key to seal anonymous reporters' chats: set DANVAN_RELAY_KEY "
			+ "to 32 random bytes in base64 (openssl rand -base64 32) and start again.";

	MissingRelayKey(String problem) {
		super(problem + ".", EXPLANATION);
	}

}
