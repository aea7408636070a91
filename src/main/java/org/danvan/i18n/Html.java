package org.danvan.i18n;

/**
 * A text argument that is already Telegram HTML made safe (a person's own formatting,
 * everything else escaped), so it is put in as it is rather than escaped again.
 *
 * @param html the HTML
 */
public record Html(String html) {

	/** The text without its tags, as a person sees it. */
	public String plain() {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(this.html.replaceAll("<[^>]*>", ""));
	}

}
