package org.danvan.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether a start without a bot token opens the sandbox.
 *
 * @param enabled with no token, start the sandbox (DANVAN_SANDBOX); when false, stop and
 * say a token is needed, as a deployment should
 * @param active set by the application itself while it runs as the sandbox
 */
@ConfigurationProperties("danvan.sandbox")
public record SandboxSettings(@DefaultValue("true") boolean enabled, boolean active) {

}
