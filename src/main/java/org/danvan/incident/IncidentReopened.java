package org.danvan.incident;

/**
 * The reporter said a resolved incident is still a problem.
 *
 * @param code the incident
 */
public record IncidentReopened(String code) {

}
