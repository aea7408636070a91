package org.danvan.shared;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A sealed value opens only under the key and for the record it was sealed for; a lookup
 * tag is stable under one key and unguessable without it; no usable key, no start.
 */
class SealerTest {

	private final Sealer sealer = new Sealer(new RelaySettings(Sealer.newKey()));

	@Test
	void aSealedChatOpensUnderItsKeyForItsRecordOnly() {
		String sealed = this.sealer.sealChat(7_394_261_857L, "relay:abc");

		assertThat(sealed).doesNotContain("7394261857").startsWith("s1.");
		assertThat(this.sealer.sealChat(7_394_261_857L, "relay:abc")).isNotEqualTo(sealed);
		assertThat(this.sealer.openChat(sealed, "relay:abc")).hasValue(7_394_261_857L);
		assertThat(this.sealer.openChat(sealed, "relay:other")).isEmpty();
		assertThat(new Sealer(new RelaySettings(Sealer.newKey())).openChat(sealed, "relay:abc")).isEmpty();
		assertThat(this.sealer.open("s1.not-base64!", "relay:abc")).isEmpty();
		assertThat(this.sealer.open(sealed.substring(0, 10), "relay:abc")).isEmpty();
		assertThat(this.sealer.open("7394261857", "relay:abc")).isEmpty();
	}

	@Test
	void aTagIsStableUnderOneKeyAndDiffersByPurposeAndKey() {
		String tag = this.sealer.tag("relays-of", 7_394_261_857L);

		assertThat(this.sealer.tag("relays-of", 7_394_261_857L)).isEqualTo(tag);
		assertThat(tag).doesNotContain("7394261857").hasSize(22);
		assertThat(this.sealer.tag("relays-of", 7_394_261_858L)).isNotEqualTo(tag);
		assertThat(this.sealer.tag("delivery:job", 7_394_261_857L)).isNotEqualTo(tag);
		assertThat(new Sealer(new RelaySettings(Sealer.newKey())).tag("relays-of", 7_394_261_857L)).isNotEqualTo(tag);
	}

	@Test
	void withoutAUsableKeyTheApplicationRefusesToStartAndSaysWhatToSet() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(WithSealer.class);

		runner.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.isInstanceOf(MissingRelayKey.class)
			.hasMessage("No relay key is set.")
			.satisfies((ex) -> assertThat(((MissingRelayKey) ex).fix()).isEqualTo(MissingRelayKey.EXPLANATION)));
		runner.withPropertyValues("danvan.relay.key=c2hvcnQ=")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("The relay key has 5 bytes, fewer than 32.")
				.satisfies((ex) -> assertThat(((MissingRelayKey) ex).fix()).contains("DANVAN_RELAY_KEY",
						"openssl rand -base64 32")));
		runner.withPropertyValues("danvan.relay.key=" + Sealer.newKey())
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(Sealer.class));
		assertThatExceptionOfType(MissingRelayKey.class)
			.isThrownBy(() -> new Sealer(new RelaySettings("not base64 at all!")))
			.withMessageStartingWith("The relay key is not base64.");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RelaySettings.class)
	@Import(Sealer.class)
	static class WithSealer {

	}

}
