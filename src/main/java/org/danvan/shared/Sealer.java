package org.danvan.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Seals what would link an anonymous report to its reporter: values are encrypted with
 * AES-GCM, bound to the record they belong to, and lookups go by an HMAC of the chat id,
 * both under keys derived from {@code danvan.relay.key}. The database alone can tell
 * neither who a sealed chat is nor which tag a chat id has.
 */
@Component
public class Sealer {

	private static final String PREFIX = "s1.";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final int LOOKUP_BYTES = 16;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec encryption;

	private final SecretKeySpec lookup;

	public Sealer(RelaySettings settings) {
		byte[] master = decode(settings.key());
		this.encryption = new SecretKeySpec(derive(master, "danvan relay encryption"), "AES");
		this.lookup = new SecretKeySpec(derive(master, "danvan relay lookup"), "HmacSHA256");
		Arrays.fill(master, (byte) 0);
	}

	/** Encrypts a value for the record named by {@code context}. */
	public String seal(String value, String context) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
			byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * The value sealed for this context; empty if it was sealed with another key (or for
	 * another record), or is not a sealed value at all.
	 */
	public Optional<String> open(String sealed, String context) {
		if (sealed == null || !sealed.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
			if (bytes.length <= IV_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), context);
			byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
			return Optional.of(new String(plain, StandardCharsets.UTF_8));
		}
		catch (AEADBadTagException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	public String sealChat(long chatId, String context) {
		return seal(Long.toString(chatId), context);
	}

	public OptionalLong openChat(String sealed, String context) {
		return open(sealed, context).map((chat) -> OptionalLong.of(Long.parseLong(chat))).orElse(OptionalLong.empty());
	}

	/**
	 * A key to look a chat up by, for one purpose: the same chat always gets the same
	 * tag, and without the key a chat id cannot be turned into it.
	 */
	public String tag(String purpose, long chatId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.lookup);
			byte[] digest = mac.doFinal((purpose + ":" + chatId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, LOOKUP_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** A fresh key as DANVAN_RELAY_KEY takes it, for the sandbox and tests. */
	public static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.encryption, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static byte[] decode(String key) {
		if (key == null || key.isBlank()) {
			throw new MissingRelayKey("No relay key is set");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new MissingRelayKey("The relay key is not base64");
		}
		if (bytes.length < 32) {
			throw new MissingRelayKey("The relay key has " + bytes.length + " bytes, fewer than 32");
		}
		return bytes;
	}

	private static byte[] derive(byte[] master, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
