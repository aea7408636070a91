package org.danvan.telegram.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's formatting as Telegram HTML: kept where Telegram has a tag for it, nested as
 * sent, offsets in UTF-16 units (emoji count two), everything else escaped.
 */
class EntityHtmlTest {

	@Test
	void plainTextIsEscaped() {
		assertThat(EntityHtml.of("a < b & c > d", null)).isEqualTo("a &lt; b &amp; c &gt; d");
	}

	@Test
	void nestedEntitiesKeepTheirOrder() {
		String text = "Họp lúc 19:00 tối nay";
		assertThat(EntityHtml.of(text, List.of(entity("bold", 0, 13), entity("italic", 8, 5))))
			.isEqualTo("<b>Họp lúc <i>19:00</i></b> tối nay");
	}

	@Test
	void offsetsCountEmojiAsTwoUnits() {
		String text = "🚨 Lũ về";
		assertThat(EntityHtml.of(text, List.of(entity("underline", 3, 5)))).isEqualTo("🚨 <u>Lũ về</u>");
	}

	@Test
	void onlySafeLinksAndKnownKindsAreKept() {
		MessageEntity script = entity("text_link", 0, 4);
		script.setUrl("javascript:alert(1)");
		MessageEntity good = entity("text_link", 5, 4);
		good.setUrl("https://example.org/?a=1&b=2");
		MessageEntity pre = entity("pre", 10, 5);
		pre.setLanguage("java");
		String text = "here link code <b>";
		assertThat(EntityHtml.of(text, List.of(script, good, pre, entity("mention", 15, 3), entity("spoiler", 0, 200))))
			.isEqualTo("<tg-spoiler>here <a href=\"https://example.org/?a=1&amp;b=2\">link</a> "
					+ "<pre><code class=\"language-java\">code </code></pre>&lt;b&gt;</tg-spoiler>");
	}

	@Test
	void anEntityCrossingItsParentIsCutAtTheParentsEnd() {
		assertThat(EntityHtml.of("abcdef", List.of(entity("bold", 0, 3), entity("italic", 2, 4))))
			.isEqualTo("<b>ab<i>c</i></b>def");
	}

	private static MessageEntity entity(String type, int offset, int length) {
		return MessageEntity.builder().type(type).offset(offset).length(length).build();
	}

}
