/**
 * How a start that fails ends: two lines saying what is wrong and what to set, the stack
 * trace only at DEBUG, and the process gone (see {@code DanVanApplication.main}).
 */
package org.danvan.startup;
