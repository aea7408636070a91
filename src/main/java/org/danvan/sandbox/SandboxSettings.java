package org.danvan.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether a start without a bot token opens the sandbox.
 *
 * @param enabled with no token, start the sandbox (DANVAN_SANDBOX); when false, stop and
 * say a token is needed, as a deployment should
 * @param active set by the application itself while it runs as the sandbox
 * @param outage the stand-in fails as Telegram does in an outage
 * ({@link org.danvan.sandbox.botapi.Faults#outage}; DANVAN_SANDBOX_OUTAGE), to see the
 * bot cope
 */
@ConfigurationProperties("danvan.sandbox")
public record SandboxSettings(@DefaultValue("true") boolean enabled, boolean active, boolean outage) {

}
