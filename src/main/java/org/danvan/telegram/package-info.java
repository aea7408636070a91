/**
 * The Telegram transport: receives updates (long polling or webhook), keeps them until
 * handled, routes them to the handlers features register, and sends replies through one
 * gateway. It imports no feature.
 */
package org.danvan.telegram;
