package org.danvan.sandbox.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page shows a message's formatting and nothing a message could smuggle in.
 */
class PageHtmlTest {

	@Test
	void keepsTelegramsFormatting() {
		assertThat(PageHtml.of("<b>Report</b> <i>x</i> <code>a&lt;b</code>\n<blockquote>q</blockquote>"))
			.isEqualTo("<b>Report</b> <i>x</i> <code>a&lt;b</code>\n<blockquote>q</blockquote>");
		assertThat(PageHtml
			.of("<strong>s</strong><em>e</em><tg-spoiler>z</tg-spoiler><span class=\"tg-spoiler\">y</span>"))
			.isEqualTo("<b>s</b><i>e</i><span class=\"tg-spoiler\">z</span><span class=\"tg-spoiler\">y</span>");
	}

	@Test
	void linksOnlyToTheWebAndNoOtherAttribute() {
		assertThat(PageHtml.of("<a href=\"https://t.me/x?a=1&amp;b=2\">go</a>"))
			.isEqualTo("<a href=\"https://t.me/x?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer\">go</a>");
		assertThat(PageHtml.of("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
		assertThat(PageHtml.of("<b onclick=\"alert(1)\">x</b>")).isEqualTo("<b>x</b>");
		assertThat(PageHtml.of("<img src=x onerror=alert(1)>hi")).isEqualTo("hi");
	}

	@Test
	void textStaysText() {
		assertThat(PageHtml.of("Tà Êm &amp; Nha Sáp \"quoted\" l'incident"))
			.isEqualTo("Tà Êm &amp; Nha Sáp &quot;quoted&quot; l&#39;incident");
	}

}
