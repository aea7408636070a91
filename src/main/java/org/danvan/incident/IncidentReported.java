package org.danvan.incident;

/**
 * A report was confirmed and stored.
 *
 * @param code its reference code
 */
public record IncidentReported(String code) {

}
