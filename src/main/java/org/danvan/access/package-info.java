/**
 * Members and what they may do: who wrote to the bot, their language, their roles.
 */
package org.danvan.access;
