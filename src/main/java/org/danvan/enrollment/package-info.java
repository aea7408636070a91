/**
 * Household self-management: self-managed groups that look after road segments and border
 * markers, households that enroll in them, coordinators who approve and check enrollment.
 */
package org.danvan.enrollment;
