package org.danvan.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an abandoned conversation stays open.
 *
 * @param expiry time since the last step after which a conversation ends
 */
@ConfigurationProperties("danvan.conversations")
public record ConversationSettings(@DefaultValue("30m") Duration expiry) {

}
