/**
 * The sandbox: with no bot token, the bot talks to a Bot API stand-in inside the
 * application ({@code botapi}, the same one the end-to-end tests use) on a database of
 * its own, and a web page ({@code web}) lets one chat with it as sample personas.
 */
package org.danvan.sandbox;
