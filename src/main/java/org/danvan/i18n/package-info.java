/**
 * The bot's own texts in every supported language, formatted with ICU.
 */
package org.danvan.i18n;
