package org.danvan.telegram;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A chat's open conversation: which flow, which step (by name), what was collected so
 * far, when it expires, and a version that stops a double tap from applying twice.
 *
 * @param chatId the chat
 * @param flow the flow's name, e.g. {@code report}
 * @param step the step's name, e.g. {@code description}
 * @param data what the person has given so far
 * @param expiresAt when an abandoned conversation ends
 * @param version incremented by every change
 */
@Document("conversations")
public record Conversation(@Id long chatId, String flow, String step, Map<String, Object> data, Instant expiresAt,
		long version) {

	public Conversation {
		data = (data != null) ? Map.copyOf(data) : Map.of();
	}

	public String text(String key) {
		Object value = this.data.get(key);
		return (value != null) ? value.toString() : null;
	}

	public boolean flag(String key) {
		return Boolean.TRUE.equals(this.data.get(key));
	}

	@SuppressWarnings("unchecked")
	public List<String> list(String key) {
		Object value = this.data.get(key);
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

	/** The data with one value changed; {@code null} removes it. */
	public Map<String, Object> with(String key, Object value) {
		Map<String, Object> changed = new HashMap<>(this.data);
		if (value == null) {
			changed.remove(key);
		}
		else {
			changed.put(key, value);
		}
		return changed;
	}

}
