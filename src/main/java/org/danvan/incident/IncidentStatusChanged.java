package org.danvan.incident;

/**
 * An officer moved an incident to a new status.
 *
 * @param code the incident
 * @param status its new status
 * @param officerId who moved it
 */
public record IncidentStatusChanged(String code, Status status, long officerId) {

}
