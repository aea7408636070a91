package org.danvan.i18n;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages the bot speaks.
 *
 * @param languages BCP-47 tags of the languages with a bundle in {@code messages/}, in
 * the order the language picker shows them
 * @param defaultLanguage the language used when a member's own has no text
 * @param lastResort the language tried after the default one
 */
@ConfigurationProperties("danvan.i18n")
public record I18nSettings(@DefaultValue( {
		"vi", "en" }) List<String> languages, @DefaultValue("vi") String defaultLanguage,
		@DefaultValue("en") String lastResort){

}
