package org.danvan.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that seals the link from an anonymous report to its reporter's chat.
 *
 * @param key at least 32 random bytes, base64 (DANVAN_RELAY_KEY; {@code openssl rand
 * -base64 32}); required outside the sandbox, which makes one of its own. A new key ends
 * every relay sealed with the old one.
 */
@ConfigurationProperties("danvan.relay")
public record RelaySettings(String key) {

}
