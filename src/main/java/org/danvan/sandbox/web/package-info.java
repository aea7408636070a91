/**
 * The sandbox's web page and the JSON it reads and writes: persona list, chats, live
 * events, uploads, reset. See {@code docs/sandbox.md}.
 */
package org.danvan.sandbox.web;
